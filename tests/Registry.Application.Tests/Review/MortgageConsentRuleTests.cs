using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.CaseFlow;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Register;
using Registry.Application.Review;
using Registry.Composition;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Tests.Review;

/// <summary>
/// The mortgage consent rules (Civil Code 406 transfer restriction, 409 adverse change) and the step-by-step review of
/// combined types, both ways, on facts the production builder (<see cref="ReviewFactsBuilder"/>) reads from a register and
/// a case set up through the product's services (register effects, acceptance) on a real SQLite file; and the refusals of
/// wrong mortgage facts at acceptance, each coded at its field with nothing written.
/// </summary>
public sealed class MortgageConsentRuleTests : IAsyncLifetime
{
    private const string Unit = "340121001001GB00001F00010001";
    private static readonly PartySpec Seller = new("叶梓涵", "340121198001010019");
    private static readonly PartySpec Buyer = new("王伟", "340121198502020020");
    private static readonly PartySpec FirstBank = new("徽商银行长丰支行", "91340100MA2N00001Q");
    private static readonly PartySpec SecondBank = new("长丰农商银行", "91340100MA2N00002U");

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"registry-mortgage-rules-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = _database,
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_time).AddRegistryServices(configuration).BuildServiceProvider();
        await _services.InitializeRegistryAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task TransferOfUnitWhoseMortgageForbidsTransfer_WithoutConsent_Fails_Naming406AndTheMortgagee()
    {
        await RegisterAsync(new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)) { TransferRestricted = true });

        var finding = await FindingAsync(await ResaleAsync(), "REG-MORTGAGE-RESTRICTION-CONSENT");

        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        Assert.Contains("民法典第406条", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("徽商银行长丰支行", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("Civil Code art. 406", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransferOfUnitWhoseMortgageForbidsTransfer_WithTheMortgageesConsent_Passes()
    {
        await RegisterAsync(new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)) { TransferRestricted = true });

        var finding = await FindingAsync(await ResaleAsync("MORTGAGEE_TRANSFER_CONSENT"), "REG-MORTGAGE-RESTRICTION-CONSENT");

        Assert.Equal(RuleOutcome.Pass, finding.Outcome);
    }

    [Fact]
    public async Task TransferOfUnitWhoseMortgageRecordsNoRestriction_PassesTheConsentRule_AndWarnsTheMortgageCarriesOver()
    {
        await RegisterAsync(new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)));
        var c = await ResaleAsync();

        Assert.Equal(RuleOutcome.Pass, (await FindingAsync(c, "REG-MORTGAGE-RESTRICTION-CONSENT")).Outcome);
        Assert.Equal(RuleOutcome.Fail, (await FindingAsync(c, "REG-MORTGAGE-CARRIED-OVER")).Outcome);
    }

    [Fact]
    public async Task FactBuilder_ReadsTheRestrictionAndTheMortgagorsFromTheRegister()
    {
        await RegisterAsync(new AddMortgage(Unit, MortgageKind.MaximumAmount, FirstBank, 500_000m, new(2024, 3, 1), new(2034, 2, 28)) { TransferRestricted = true });

        await using var scope = _services.CreateAsyncScope();
        var facts = Assert.Single(await scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>().BuildAsync(await ResaleAsync(), RuleStage.Review));

        var m = Assert.Single(facts.Unit.Mortgages);
        Assert.Equal((true, true, 500_000m, "91340100MA2N00001Q"), (m.HasTransferRestriction, m.IsMaxAmount, m.Amount, m.MortgageeIdNumber));
        Assert.Equal(["叶梓涵"], m.Mortgagors);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2034, 2, 28)), (m.DebtStart, m.DebtEnd));
    }

    [Fact]
    public async Task CarryOverRaisingTheFirstMortgage_AheadOfASecondMortgagee_WithoutConsent_FailsAtStep2_Naming409AndTheMortgagee()
    {
        await RegisterAsync(
            new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)),
            new AddMortgage(Unit, MortgageKind.General, SecondBank, 100_000m, new(2025, 1, 1), new(2030, 12, 31)));

        var run = await ReviewAsync(await CarryOverAsync(800_000m));

        var finding = Assert.Single(run.Problems, p => p.Finding.RuleCode == "REG-ADVERSE-CHANGE-CONSENT").Finding;
        Assert.StartsWith("第2步 抵押权变更登记：", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("长丰农商银行", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("民法典第409条", finding.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith("Step 2 (", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("Civil Code art. 409", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(Workflows.Ports.RuleSetVerdict.Block, run.Verdict);
    }

    [Fact]
    public async Task CarryOverRaisingTheFirstMortgage_WithTheSecondMortgageesConsent_Passes()
    {
        await RegisterAsync(
            new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)),
            new AddMortgage(Unit, MortgageKind.General, SecondBank, 100_000m, new(2025, 1, 1), new(2030, 12, 31)));

        var run = await ReviewAsync(await CarryOverAsync(800_000m, "LOWER_MORTGAGEE_CONSENT"));

        Assert.DoesNotContain(run.Problems, p => p.Finding.RuleCode == "REG-ADVERSE-CHANGE-CONSENT");
        Assert.Contains(run.Findings, p => p.Finding.RuleCode == "REG-ADVERSE-CHANGE-CONSENT" && p.Finding.Outcome == RuleOutcome.Pass);
    }

    [Fact]
    public async Task CarryOverKeepingTheAmountAndTerm_AheadOfASecondMortgagee_IsNotAnAdverseChange()
    {
        await RegisterAsync(
            new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)),
            new AddMortgage(Unit, MortgageKind.General, SecondBank, 100_000m, new(2025, 1, 1), new(2030, 12, 31)));

        var run = await ReviewAsync(await CarryOverAsync(300_000m, debtEnd: "2044-02-28"));

        Assert.DoesNotContain(run.Problems, p => p.Finding.RuleCode == "REG-ADVERSE-CHANGE-CONSENT");
    }

    [Fact]
    public async Task MortgageChangeExtendingTheTerm_AheadOfASecondMortgagee_FailsWithoutConsent()
    {
        await RegisterAsync(
            new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2034, 2, 28)),
            new AddMortgage(Unit, MortgageKind.General, SecondBank, 100_000m, new(2025, 1, 1), new(2030, 12, 31)));
        var c = await AcceptAsync("MortgageChange", [new("Mortgagor", Seller.Name, Seller.IdNumber), new("Mortgagee", FirstBank.Name, FirstBank.IdNumber)],
            new() { ["priority"] = "1", ["debtEnd"] = "2040-02-28" }, ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "CHANGE_AGREEMENT"]);

        await using (var scope = _services.CreateAsyncScope())
        {
            var facts = Assert.Single(await scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>().BuildAsync(c, RuleStage.Review));
            Assert.Equal((1, true, false), (facts.Case.MortgageChange!.TargetPriority, facts.Case.MortgageChange.ExtendsTerm, facts.Case.MortgageChange.RaisesAmount));
        }

        var finding = await FindingAsync(c, "REG-ADVERSE-CHANGE-CONSENT");
        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        Assert.Contains("长丰农商银行", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CarryOverOfASeizedUnit_IsBlockedAtStep1_NamingTheSeizure_AndTheLaterStepsAreNotReviewed()
    {
        await RegisterAsync(
            new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)),
            new AddSeizure(Unit, "长丰县人民法院", "(2026)皖0121执200号", new DateTimeOffset(2026, 2, 1, 2, 0, 0, TimeSpan.Zero)));

        var run = await ReviewAsync(await CarryOverAsync(800_000m));

        var seizure = Assert.Single(run.Problems, p => p.Finding.RuleCode == "REG-SEIZURE-BLOCKS-DISPOSAL").Finding;
        Assert.StartsWith("第1步 存量房买卖转移登记：", seizure.MessageZh, StringComparison.Ordinal);
        Assert.Contains("(2026)皖0121执200号", seizure.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Problems, p => p.Finding.MessageZh?.StartsWith("第2步", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CarryOverOfAFreeUnit_ReviewsEachStepOnTheRegisterTheEarlierStepsLeave()
    {
        await RegisterAsync(new AddMortgage(Unit, MortgageKind.General, FirstBank, 300_000m, new(2024, 3, 1), new(2044, 2, 28)));
        var c = await CarryOverAsync(800_000m);

        await using var scope = _services.CreateAsyncScope();
        var builder = scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>();
        var steps = await builder.BuildStepsAsync(c, await builder.BuildAsync(c, RuleStage.Review));

        Assert.Equal([("HouseTransferResale", 1), ("MortgageChange", 2)], steps.Select(s => (s.Case.BusinessType, s.Case.Step!.Value)));
        Assert.Equal(["叶梓涵"], steps[0].Unit.Holders.Select(h => h.Name));
        Assert.Equal(["王伟"], steps[1].Unit.Holders.Select(h => h.Name));
        Assert.Equal(["叶梓涵"], steps[0].Case.Disposers.Select(p => p.Name));
        Assert.Equal(["王伟"], steps[1].Case.Disposers.Select(p => p.Name));
        Assert.True(steps[1].Case.MortgageChange!.RaisesAmount);
        // No step check blocks (identity and other whole-case rules need shared data this test does not feed).
        Assert.DoesNotContain((await ReviewAsync(c)).Problems, p => p.Finding.Severity == RuleSeverity.Block && CombinedStepChecks.RuleCodes.Contains(p.Finding.RuleCode));

        // The review rolled its in-memory steps back: the register is unchanged.
        var stored = await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(Unit));
        Assert.Equal(["叶梓涵"], stored!.Current.Ownership!.Holders.Select(h => h.Party.Name));
        Assert.Equal(300_000m, Assert.Single(stored.Current.Mortgages).Amount);
    }

    [Fact]
    public async Task MortgageFacts_Wrong_AreRefusedAtTheirFields_AndNothingIsWritten()
    {
        await RegisterAsync();
        await using var scope = _services.CreateAsyncScope();

        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "MortgageFirst",
            Units = [Unit],
            Parties = [new("Mortgagor", Seller.Name, Seller.IdNumber), new("Mortgagee", FirstBank.Name, FirstBank.IdNumber)],
            Facts = new Dictionary<string, string>
            {
                ["mortgageAmount"] = "0", ["debtStart"] = "2026-03-01", ["debtEnd"] = "2025-02-28", ["mortgageKind"] = "Ceiling",
                ["transferRestricted"] = "maybe", ["priority"] = "first",
            },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"],
        }, "acceptor"));

        Assert.Equal(
            [
                ("facts.debtEnd", AcceptanceProblemCode.MortgageTermReversed, "2026-03-01|2025-02-28"),
                ("facts.mortgageAmount", AcceptanceProblemCode.MortgageAmountNotPositive, "0"),
                ("facts.mortgageKind", AcceptanceProblemCode.MortgageKindUnknown, "Ceiling"),
                ("facts.priority", AcceptanceProblemCode.PriorityInvalid, "first"),
                ("facts.transferRestricted", AcceptanceProblemCode.TransferRestrictionNotYesNo, "maybe"),
            ],
            refused.Problems.Select(p => (p.Field, p.Code, string.Join("|", p.Values))).OrderBy(p => p.Field, StringComparer.Ordinal));
        Assert.Contains("Civil Code 406", Assert.Single(refused.Problems, p => p.Field == "facts.transferRestricted").Message, StringComparison.Ordinal);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<Registry.Application.Cases.ICaseRepository>().FindOpenOnUnitAsync(UnitCode.Parse(Unit)));
    }

    [Fact]
    public async Task AMortgagorWhoIsAlsoTheMortgagee_IsRefusedAtThatParty()
    {
        await RegisterAsync();
        await using var scope = _services.CreateAsyncScope();

        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "MortgageFirst",
            Units = [Unit],
            Parties = [new("Mortgagor", Seller.Name, Seller.IdNumber), new("Mortgagor", FirstBank.Name, FirstBank.IdNumber), new("Mortgagee", FirstBank.Name, FirstBank.IdNumber)],
            Facts = new Dictionary<string, string> { ["mortgageAmount"] = "100000", ["debtStart"] = "2026-03-01", ["debtEnd"] = "2036-02-28" },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"],
        }, "acceptor"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("parties[1].idNumber", AcceptanceProblemCode.MortgagorIsMortgagee, "徽商银行长丰支行"), (problem.Field, problem.Code, Assert.Single(problem.Values)));
        Assert.Contains("Civil Code 394", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MortgageFirst_AcceptedAndBooked_RecordsMortgagorKindAmountTermAndTheRestriction()
    {
        await RegisterAsync();
        var c = await AcceptAsync("MortgageFirst", [new("Mortgagor", Seller.Name, Seller.IdNumber), new("Mortgagee", FirstBank.Name, FirstBank.IdNumber)],
            new() { ["mortgageAmount"] = "600000", ["debtStart"] = "2026-03-01", ["debtEnd"] = "2046-02-28", ["transferRestricted"] = "是" },
            ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"]);
        var effects = _services.GetRequiredService<Registry.Application.Catalogue.IBusinessTypeCatalogue>().BindEffects(c.BusinessType, RegistrationCaseData.Build(c));
        await using var scope = _services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var book = (await repository.FindAsync(UnitCode.Parse(Unit)))!;

        _services.GetRequiredService<IRegisterEffectApplier>().Apply([book], effects, new RecordingContext(c.Number, c.AcceptedAt, _time.GetUtcNow().AddMinutes(1)));
        await repository.SaveAsync(book);

        await using var reading = _services.CreateAsyncScope();
        var m = Assert.Single((await reading.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(Unit)))!.Current.Mortgages);
        Assert.Equal((MortgageKind.General, 600_000m, new DateOnly(2026, 3, 1), new DateOnly(2046, 2, 28), true, "徽商银行长丰支行"),
            (m.MortgageKind, m.Amount, m.DebtStart, m.DebtEnd, m.TransferRestricted, m.Mortgagee.Name));
        Assert.Equal(["叶梓涵"], m.Mortgagors.Select(p => p.Name));
    }

    private async Task RegisterAsync(params RegisterEffect[] burdens)
    {
        var office = _services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var applier = _services.GetRequiredService<IRegisterEffectApplier>();
        var before = _time.GetUtcNow().AddDays(-30);
        var book = UnitRegister.Open(new ImmovableUnit(UnitCode.Parse(Unit), UnitKind.Household, "长丰县水湖镇蓝湾华庭1栋1单元101室", "住宅", 89.5m));
        RegisterEffect[] effects = [new CreateOwnership(Unit, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(Seller.Name, Seller.IdNumber)]), .. burdens];
        for (var i = 0; i < effects.Length; i++)
        {
            var caseNumber = CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), i + 1);
            applier.Apply([book], [effects[i]], new RecordingContext(caseNumber, before.AddMinutes(i + 1), before.AddMinutes(i + 1)));
        }

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
    }

    private Task<RegistrationCase> ResaleAsync(params string[] extraMaterials) =>
        AcceptAsync("HouseTransferResale", [new("Transferor", Seller.Name, Seller.IdNumber), new("Transferee", Buyer.Name, Buyer.IdNumber)],
            new() { ["declaredPrice"] = "1200000", ["coOwnership"] = "Sole" },
            ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT", .. extraMaterials]);

    private Task<RegistrationCase> CarryOverAsync(decimal amount, string? consent = null, string debtEnd = "2046-02-28") =>
        AcceptAsync("CmbCarryMortgageSameLender",
            [new("Transferor", Seller.Name, Seller.IdNumber), new("Transferee", Buyer.Name, Buyer.IdNumber), new("Mortgagor", Buyer.Name, Buyer.IdNumber),
             new("Mortgagee", FirstBank.Name, FirstBank.IdNumber)],
            new()
            {
                ["declaredPrice"] = "1200000", ["coOwnership"] = "Sole", ["priority"] = "1",
                ["mortgageAmount"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture), ["debtStart"] = "2024-03-01", ["debtEnd"] = debtEnd,
            },
            ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT", "CHANGE_AGREEMENT", .. consent is null ? Array.Empty<string>() : [consent]]);

    private async Task<RegistrationCase> AcceptAsync(string type, IReadOnlyList<AcceptanceParty> parties, Dictionary<string, string> facts, IReadOnlyList<string> materials)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = type,
            Units = [Unit],
            Parties = parties,
            Facts = facts,
            Materials = materials,
        }, "acceptor");
        return result.Case;
    }

    private async Task<ReviewRun> ReviewAsync(RegistrationCase c)
    {
        await using var scope = _services.CreateAsyncScope();
        var runner = _services.GetRequiredService<CaseRuleSetRunner>();
        return await runner.ReviewAsync(scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>(), c, ReviewRequest.Parse("review-examination"), "review-examination", Guid.NewGuid().ToString("N"));
    }

    private async Task<RuleFinding> FindingAsync(RegistrationCase c, string rule) =>
        Assert.Single((await ReviewAsync(c)).Findings, f => f.Finding.RuleCode == rule).Finding;
}
