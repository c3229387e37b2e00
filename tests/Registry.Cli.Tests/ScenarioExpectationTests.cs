using Registry.Cli.Scenarios;

namespace Registry.Cli.Tests;

/// <summary>
/// The runner's newer expectations and shared-data switches can fail: a type scenario replayed with wrong expectations
/// or with the court document missing reports exactly that.
/// </summary>
public sealed class ScenarioExpectationTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static Task<ScenarioFile> TypeScenarioAsync(string code) =>
        ScenarioReader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "scenarios", "types", code + ".json"));

    [Fact]
    public async Task WrongCertificateRightTypeAndCoOwnership_AreEachReported()
    {
        var scenario = await TypeScenarioAsync("HouseTransferGift");
        var unit = Assert.Single(scenario.Expect!.Units.Keys);
        var wrong = scenario with
        {
            Expect = new ScenarioExpectation
            {
                Cases = { ["A"] = new CaseExpectation { Status = "Completed", Certificate = false } },
                Units = { [unit] = new UnitExpectation { Owners = ["李明"], RightType = "海域使用权", CoOwnership = "Joint" } },
            },
        };

        var report = await new ScenarioRunner().RunAsync(wrong, "gift-with-wrong-expectations");

        Assert.Equal(3, report.Failures.Count);
        Assert.Contains(report.Failures, f => f.StartsWith("expect.cases.A.certificate: expected none, found 皖(", StringComparison.Ordinal));
        Assert.Contains($"expect.units.{unit}.rightType: expected 海域使用权, found 国有建设用地使用权/房屋所有权", report.Failures);
        Assert.Contains($"expect.units.{unit}.coOwnership: expected Joint, found Sole", report.Failures);
    }

    [Fact]
    public async Task ACancelledRight_HasNoOwnerRightTypeOrCertificate()
    {
        var scenario = await TypeScenarioAsync("HouseCancel");
        var unit = Assert.Single(scenario.Expect!.Units.Keys);
        var wrong = scenario with
        {
            Expect = new ScenarioExpectation
            {
                Cases = { ["A"] = new CaseExpectation { Certificate = true } },
                Units = { [unit] = new UnitExpectation { Owners = ["赵磊"], CoOwnership = "Sole" } },
            },
        };

        var report = await new ScenarioRunner().RunAsync(wrong, "cancel-with-wrong-expectations");

        Assert.Contains("expect.cases.A.certificate: expected a certificate or certification, found none", report.Failures);
        Assert.Contains($"expect.units.{unit}.owners: expected [赵磊], found []", report.Failures);
        Assert.Contains($"expect.units.{unit}.coOwnership: expected Sole, found ", report.Failures);
    }

    [Fact]
    public async Task WithoutTheCourtDocumentInForce_IntelligentReviewFlagsTheCourtOrder()
    {
        var scenario = await TypeScenarioAsync("HouseTransferCourtOrder");
        var apply = scenario.Steps[0].Apply!;
        var firstReview = scenario.Steps[1];  // the examination rule check runs after 初审
        var missing = scenario with
        {
            Steps = [new ScenarioStep { Apply = apply with { Shared = new ScenarioShared { Court = false } } }, firstReview],
            Expect = new ScenarioExpectation { Cases = { ["A"] = new CaseExpectation { Findings = ["REG-COURT-DOCUMENT-IN-FORCE"] } } },
        };
        var fed = scenario with { Steps = [scenario.Steps[0], firstReview], Expect = null };

        var withoutCourt = await new ScenarioRunner().RunAsync(missing, "court-order-without-court-data");
        var withCourt = await new ScenarioRunner().RunAsync(fed, "court-order-with-court-data");

        Assert.Empty(withoutCourt.Failures);
        Assert.DoesNotContain("REG-COURT-DOCUMENT-IN-FORCE", withCourt.Cases["A"].Findings);
    }

    [Fact]
    public async Task AnExchange_EachSideDisposesItsOwnUnit_AndAThirdHolderIsStillFlagged()
    {
        var scenario = await TypeScenarioAsync("HouseTransferExchange");
        var units = ScenarioReader.UnitsOf(scenario, "exchange")!.Units;
        var strangerHoldsSecond = scenario with
        {
            Register = System.Text.Json.JsonSerializer.SerializeToElement(
                new { units = new[] { units[0], units[1] with { Owners = [new ScenarioPerson { Name = "钱多多", Id = "340121199102020018" }] } } },
                Web),
            Steps = [scenario.Steps[0], scenario.Steps[1]],
            Expect = null,
        };

        var exchange = await new ScenarioRunner().RunAsync(scenario, "exchange");
        var flagged = await new ScenarioRunner().RunAsync(strangerHoldsSecond, "exchange-with-a-stranger");

        Assert.Empty(exchange.Failures);
        Assert.DoesNotContain("REG-DISPOSER-IS-HOLDER", exchange.Cases["A"].Findings);
        Assert.Contains("REG-DISPOSER-IS-HOLDER", flagged.Cases["A"].Findings);
    }

    [Fact]
    public async Task AnAnnouncementShorterThan15WorkingDays_StopsBeforeBooking()
    {
        var scenario = await TypeScenarioAsync("HomesteadFirst");
        var unit = Assert.Single(scenario.Expect!.Units.Keys);
        var shortened = scenario with
        {
            Steps = [.. scenario.Steps.Select(s => s.Advance is { WorkingDays: 15 } ? new ScenarioStep { Advance = new AdvanceStep { WorkingDays = 10 } } : s)],
            Expect = new ScenarioExpectation
            {
                Cases = { ["A"] = new CaseExpectation { Status = "Approved", Node = "recordTask", Findings = ["REG-ANNOUNCEMENT-COMPLETED"] } },
            },
        };

        var full = await new ScenarioRunner().RunAsync(scenario, "announced-15-working-days");
        var tooShort = await new ScenarioRunner().RunAsync(shortened, "announced-10-working-days");

        Assert.Empty(full.Failures);
        Assert.DoesNotContain("REG-ANNOUNCEMENT-COMPLETED", full.Cases["A"].Findings);
        Assert.Empty(tooShort.Failures);
        Assert.Null(tooShort.Units[unit]); // nothing booked: the new unit is not in the register yet
    }
}
