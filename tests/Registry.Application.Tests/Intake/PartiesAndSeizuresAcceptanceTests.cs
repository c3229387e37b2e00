using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Register;
using Registry.Application.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Tests.Intake;

/// <summary>
/// Acceptance's checks of parties, roles, seizures and share transfers, through the product's own composition on a real
/// SQLite file: every refusal names the field and the rule of law, and nothing is written (no case, the register unchanged).
/// </summary>
public sealed class PartiesAndSeizuresAcceptanceTests() : ComposedRegistry("parties", seedDemoData: false)
{
    private const string Unit = "340121001001GB00001F00010001";
    private const string County = "长丰县人民法院";
    private const string CountyId = "11340121MB0000001B";
    private const string City = "合肥市中级人民法院";
    private const string CityId = "11340100MB00000021";
    private const string Ruling = "(2026)皖0121执100号";
    private static readonly string[] SeizureMaterials = ["OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING"];
    private static readonly string[] ResaleMaterials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"];

    private async Task BookAsync(CoOwnership coOwnership, IReadOnlyList<HolderSpec> owners, bool seized = false)
    {
        var book = UnitRegister.Open(new ImmovableUnit(UnitCode.Parse(Unit), UnitKind.Household, "长丰县水湖镇蓝湾华庭1栋1单元101室", "住宅", 89.5m));
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8));
        List<RegisterEffect> effects = [new CreateOwnership(Unit, "国有建设用地使用权/房屋所有权", coOwnership, owners)];
        if (seized)
        {
            effects.Add(new AddSeizure(Unit, County, Ruling, start, new DateOnly(2026, 1, 5), new DateOnly(2029, 1, 4)));
        }

        var applier = Services.GetRequiredService<IRegisterEffectApplier>();
        for (var i = 0; i < effects.Count; i++)
        {
            applier.Apply([book], [effects[i]], new RecordingContext(CaseNumber.Create("340121", new DateOnly(2026, 1, 5), i + 1), start.AddMinutes(i), start.AddMinutes(i)));
        }

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
    }

    private async Task<IReadOnlyList<AcceptanceProblem>> RefusalOf(AcceptanceRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(request, "acceptor"));
        return refused.Problems;
    }

    private async Task<UnitRegister> RegisterAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(Unit)))!;
    }

    private async Task AssertNoCaseOnUnitAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindOpenOnUnitAsync(UnitCode.Parse(Unit)));
    }

    private static AcceptanceRequest Release(string court, string courtId, string ruling, Dictionary<string, string>? extra = null, string type = "SeizureRelease")
    {
        var facts = new Dictionary<string, string> { ["authority"] = court, ["rulingNumber"] = ruling };
        foreach (var (k, v) in extra ?? [])
        {
            facts[k] = v;
        }

        return new AcceptanceRequest { BusinessType = type, Units = [Unit], Parties = [new AcceptanceParty("Applicant", court, courtId)], Facts = facts, Materials = SeizureMaterials };
    }

    [Fact]
    public async Task CreditCodeWithWrongCheckCharacter_IsReadAsACreditCode_AndNamesPositionAndExpectedCharacter()
    {
        await BookAsync(CoOwnership.Sole, [new HolderSpec("合肥蓝湾置业有限公司", "91340121MA2N0A001E")]);

        var problems = await RefusalOf(new AcceptanceRequest
        {
            BusinessType = "HouseTransferNewBuild",
            Units = [Unit],
            Parties = [new AcceptanceParty("Developer", "合肥蓝湾置业有限公司", "91340121MA2N0A001F"), new AcceptanceParty("Transferee", "陈晓东", "340121197504040047")],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "980000", ["coOwnership"] = "Sole" },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "SALE_CONTRACT", "TAX_RECEIPT", "MAINTENANCE_FUND_RECEIPT"],
        });

        var problem = Assert.Single(problems);
        Assert.Equal(("parties[0].idNumber", AcceptanceProblemCode.IdCheckCharacter), (problem.Field, problem.Code));
        Assert.Equal(["CreditCode", "18", "F", "E", "GB 32100"], problem.Values);
        await AssertNoCaseOnUnitAsync();
    }

    [Fact]
    public async Task PassportHolder_IsAcceptedWithItsDocumentType_AndAWrongTypeIsNamed()
    {
        await BookAsync(CoOwnership.Sole, [new HolderSpec("叶梓涵", "340121198001010019")]);

        var problems = await RefusalOf(new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [Unit],
            Parties = [new AcceptanceParty("Transferor", "叶梓涵", "340121198001010019"), new AcceptanceParty("Transferee", "John Smith", "E1234567X", IdType: "Pasport")],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "1200000", ["coOwnership"] = "Sole" },
            Materials = ResaleMaterials,
        });
        Assert.Equal(("parties[1].idType", AcceptanceProblemCode.IdTypeUnknown), (Assert.Single(problems).Field, problems[0].Code));

        await using var scope = Services.CreateAsyncScope();
        var accepted = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [Unit],
            Parties = [new AcceptanceParty("Transferor", "叶梓涵", "340121198001010019"), new AcceptanceParty("Transferee", "John Smith", "e1234567x", IdType: "Passport")],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "1200000", ["coOwnership"] = "Sole" },
            Materials = ResaleMaterials,
        }, "acceptor");
        var stored = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(accepted.Case.Number);
        var buyer = stored!.Parties[1].Party;
        Assert.Equal((Registry.Domain.Parties.IdentityDocumentType.Passport, "Passport", "E1234567X"), (buyer.DocumentType, buyer.IdKind, buyer.IdNumber));
        Assert.Equal(Registry.Application.Review.Facts.IdType.Passport, Registry.Application.Review.CaseFactsMapper.ToFacts(stored.Parties[1]).IdType);
    }

    [Fact]
    public async Task NewBuildTransferWithATransferor_IsRefusedNamingPartyRoleAndTheRolesExpected()
    {
        await BookAsync(CoOwnership.Sole, [new HolderSpec("合肥蓝湾置业有限公司", "91340121MA2N0A001E")]);

        var problems = await RefusalOf(new AcceptanceRequest
        {
            BusinessType = "HouseTransferNewBuild",
            Units = [Unit],
            Parties = [new AcceptanceParty("Transferor", "合肥蓝湾置业有限公司", "91340121MA2N0A001E"), new AcceptanceParty("Transferee", "陈晓东", "340121197504040047")],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "980000", ["coOwnership"] = "Sole" },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "SALE_CONTRACT", "TAX_RECEIPT", "MAINTENANCE_FUND_RECEIPT"],
        });

        var problem = Assert.Single(problems);
        Assert.Equal(("parties[0].role", AcceptanceProblemCode.PartyRoleNotForType), (problem.Field, problem.Code));
        Assert.Equal("合肥蓝湾置业有限公司", problem.Values[0]);
        Assert.Equal("Transferor", problem.Values[1]);
        Assert.Contains("Developer", problem.Values[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Transferor", problem.Values[3], StringComparison.Ordinal);
        Assert.Contains("Regulation art. 14", problem.Message, StringComparison.Ordinal);
        await AssertNoCaseOnUnitAsync();
    }

    [Fact]
    public async Task ReleaseByAnotherCourt_IsRefusedNamingBothCourts_AndTheSeizureStays()
    {
        await BookAsync(CoOwnership.Sole, [new HolderSpec("叶梓涵", "340121198001010019")], seized: true);

        var problem = Assert.Single(await RefusalOf(Release(City, CityId, Ruling)));

        Assert.Equal(("facts.authority", AcceptanceProblemCode.SeizureWrongAuthority), (problem.Field, problem.Code));
        Assert.Equal([Unit, Ruling, County, City], problem.Values);
        Assert.Contains("SPC seizure provisions art. 28", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Ruling, (await RegisterAsync()).Current.ActiveSeizure!.RulingNumber);
        await AssertNoCaseOnUnitAsync();
    }

    [Fact]
    public async Task ReleaseOnAHigherCourtsRuling_NeedsThatRulingNumber_ThenIsAccepted()
    {
        await BookAsync(CoOwnership.Sole, [new HolderSpec("叶梓涵", "340121198001010019")], seized: true);

        var problem = Assert.Single(await RefusalOf(Release(City, CityId, Ruling, new() { ["releaseBasis"] = "HigherCourtRuling" })));
        Assert.Equal(("facts.releaseRuling", AcceptanceProblemCode.SeizureReleaseBasisIncomplete), (problem.Field, problem.Code));

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(
            Release(City, CityId, Ruling, new() { ["releaseBasis"] = "HigherCourtRuling", ["releaseRuling"] = "(2026)皖01执复12号" }), "acceptor");
        Assert.Null((await RegisterAsync()).Current.ActiveSeizure);
    }

    [Theory]
    [InlineData("SeizureRelease")]
    [InlineData("SeizureRenewal")]
    public async Task ReleaseOrRenewalOfASeizureNotInTheRegister_IsRefusedInsteadOfCrashing(string type)
    {
        await BookAsync(CoOwnership.Sole, [new HolderSpec("叶梓涵", "340121198001010019")]);

        var problem = Assert.Single(await RefusalOf(Release(County, CountyId, Ruling, new() { ["seizureEnd"] = "2030-01-04" }, type)));

        Assert.Equal(("facts.rulingNumber", AcceptanceProblemCode.SeizureNotInRegister), (problem.Field, problem.Code));
        Assert.Equal([Unit, Ruling, string.Empty], problem.Values);
        await AssertNoCaseOnUnitAsync();
    }

    [Fact]
    public async Task ShareTransfer_SharesAfterTheTransferMustMakeTheWhole_AndFirstRefusalIsRecorded()
    {
        await BookAsync(CoOwnership.ByShares, [new HolderSpec("张三", "340121198001010019", "1/2"), new HolderSpec("李四", "340121198502020020", "1/2")]);
        AcceptanceRequest Sale(string share, bool waiver) => new()
        {
            BusinessType = "HouseTransferResale",
            Units = [Unit],
            Parties = [new AcceptanceParty("Transferor", "张三", "340121198001010019"), new AcceptanceParty("Transferee", "王五", "340121199003030034", share)],
            Facts = waiver
                ? new Dictionary<string, string> { ["declaredPrice"] = "600000", ["coOwnership"] = "ByShares", ["disposesWhole"] = "false", ["firstRefusal"] = "Waived" }
                : new Dictionary<string, string> { ["declaredPrice"] = "600000", ["coOwnership"] = "ByShares", ["disposesWhole"] = "false" },
            Materials = waiver ? [.. ResaleMaterials, "FIRST_REFUSAL_WAIVER"] : ResaleMaterials,
        };

        var total = Assert.Single(await RefusalOf(Sale("1/3", waiver: true)));
        Assert.Equal((AcceptanceProblemCode.ShareTransferTotal, "5/6"), (total.Code, total.Values[1]));

        var firstRefusal = Assert.Single(await RefusalOf(Sale("1/2", waiver: false)));
        Assert.Equal(("facts.firstRefusal", AcceptanceProblemCode.ShareTransferFirstRefusal, "李四"), (firstRefusal.Field, firstRefusal.Code, firstRefusal.Values[1]));
        Assert.Contains("民法典 305–306", firstRefusal.Message, StringComparison.Ordinal);
        await AssertNoCaseOnUnitAsync();

        await using var scope = Services.CreateAsyncScope();
        var accepted = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(Sale("1/2", waiver: true), "acceptor");
        Assert.True(accepted.Case.Declared.IsShareTransfer);
    }

    [Fact]
    public async Task ShareTransferUnderJointOwnership_IsRefused()
    {
        await BookAsync(CoOwnership.Joint, [new HolderSpec("张三", "340121198001010019"), new HolderSpec("李四", "340121198502020020")]);

        var problem = Assert.Single(await RefusalOf(new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [Unit],
            Parties = [new AcceptanceParty("Transferor", "张三", "340121198001010019"), new AcceptanceParty("Transferee", "王五", "340121199003030034", "1/2")],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "600000", ["coOwnership"] = "ByShares", ["disposesWhole"] = "false" },
            Materials = ResaleMaterials,
        }));

        Assert.Equal((AcceptanceProblemCode.ShareTransferNotByShares, "Joint"), (problem.Code, problem.Values[1]));
    }
}
