using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Review;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Persistence.Cases;
using Registry.Workflows.Ports;

namespace Registry.Persistence.Tests.Cases;

public sealed class CaseRepositoryTests
{
    private static readonly UnitCode Unit = UnitCode.Parse("340121261006GB00014F00220045");

    private static RegistrationCase NewCase(int sequence = 1, UnitCode? unit = null) => RegistrationCase.Accept(
        Samples.Case(sequence),
        "HouseTransferResale",
        Samples.At(18),
        "受理员01",
        CaseChannel.Counter,
        "Sale",
        [
            new CaseParty(CasePartyRole.Transferor, Samples.ZhangSan),
            new CaseParty(CasePartyRole.Transferee, Samples.LiSi, Share.Of(2, 3)),
            new CaseParty(CasePartyRole.Transferee, Samples.WangWu, Share.Of(1, 3)),
            new CaseParty(CasePartyRole.Mortgagee, Samples.Bank, isApplicant: false),
        ],
        [unit ?? Unit],
        new CaseDeclaration
        {
            DeclaredPrice = 1_234_567.89m,
            CertificateNo = "皖(2025)长丰县不动产权第0000101号",
            ContractStart = new DateOnly(2025, 9, 1),
            Extras = new Dictionary<string, string> { ["note"] = "带押过户" },
        },
        [new ReceivedMaterial("SALE_CONTRACT", 12, "张三", Samples.At(18)), new ReceivedMaterial("TAX_RECEIPT", 0, null, Samples.At(18), viaDataSharing: true)]);

    [Fact]
    public async Task Add_ThenFind_RoundTripsEveryField()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        var c = NewCase();

        await repository.AddAsync(c);
        var loaded = await repository.FindAsync(c.Number);

        Assert.NotNull(loaded);
        Assert.Equal(1, c.Version);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(c.Id, loaded.Id);
        Assert.Equal(CaseStatus.Accepted, loaded.Status);
        Assert.Equal(c.AcceptedAt, loaded.AcceptedAt);
        Assert.Equal(c.Parties, loaded.Parties);
        Assert.Equal(Share.Of(2, 3), loaded.Parties[1].Share);
        Assert.False(loaded.Parties[3].IsApplicant);
        Assert.Equal(c.Units, loaded.Units);
        Assert.Equal(1_234_567.89m, loaded.Declared.DeclaredPrice);
        Assert.Equal("带押过户", loaded.Declared.Extras["note"]);
        Assert.Equal(new DateOnly(2025, 9, 1), loaded.Declared.ContractStart);
        Assert.Equal(c.Materials, loaded.Materials);
        Assert.Equal(c.Id, (await repository.FindAsync(c.Id))!.Id);
    }

    [Fact]
    public async Task Add_SameNumberTwice_IsRefused()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        await repository.AddAsync(NewCase());

        var ex = await Assert.ThrowsAsync<DomainValidationException>(() => repository.AddAsync(NewCase()));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_StoresStatusHistoryAndMaterials()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        var c = NewCase();
        await repository.AddAsync(c);

        c.MoveTo(CaseStatus.UnderReview, Samples.At(18, 10), "system");
        c.ReceiveMaterial(new ReceivedMaterial("MARITAL_STATEMENT", 1, "张三", Samples.At(18, 11)));
        var instance = Guid.NewGuid();
        c.BindWorkflow(instance);
        await repository.UpdateAsync(c);
        var loaded = (await repository.FindAsync(c.Number))!;

        Assert.Equal(2, loaded.Version);
        Assert.Equal(CaseStatus.UnderReview, loaded.Status);
        Assert.Equal("system", Assert.Single(loaded.History).Actor);
        Assert.Equal(3, loaded.Materials.Count);
        Assert.Equal(instance, loaded.WorkflowInstanceId);
    }

    [Fact]
    public async Task Update_TwoWritersFromSameVersion_SecondGetsClearConflict()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        var c = NewCase();
        await repository.AddAsync(c);
        var first = (await repository.FindAsync(c.Number))!;
        var second = (await repository.FindAsync(c.Number))!;

        first.MoveTo(CaseStatus.UnderReview, Samples.At(18, 10), "examiner1");
        second.MoveTo(CaseStatus.Withdrawn, Samples.At(18, 10), "applicant");
        await repository.UpdateAsync(first);
        var ex = await Assert.ThrowsAsync<CaseConcurrencyException>(() => repository.UpdateAsync(second));

        Assert.Equal(c.Number.Value, ex.CaseNumber);
        Assert.Contains("changed by someone else", ex.Message, StringComparison.Ordinal);
        var stored = (await repository.FindAsync(c.Number))!;
        Assert.Equal(CaseStatus.UnderReview, stored.Status);
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task Update_ConcurrentWriters_ExactlyOneWins()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        var c = NewCase();
        await repository.AddAsync(c);
        var copies = new List<RegistrationCase>();
        for (var i = 0; i < 4; i++)
        {
            var copy = (await repository.FindAsync(c.Number))!;
            copy.MoveTo(CaseStatus.UnderReview, Samples.At(18, 10), $"examiner{i}");
            copies.Add(copy);
        }

        var results = await Task.WhenAll(copies.Select(async copy =>
        {
            try
            {
                await repository.UpdateAsync(copy);
                return true;
            }
            catch (CaseConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(r => r));
        var stored = (await repository.FindAsync(c.Number))!;
        Assert.Equal(2, stored.Version);
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task FindOpenOnUnit_ListsOpenOnesExceptTheCaller()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        var a = NewCase(1);
        var b = NewCase(2);
        var finished = NewCase(3);
        var elsewhere = NewCase(4, UnitCode.Parse("340121261006GB00014F00220046"));
        foreach (var c in new[] { a, b, finished, elsewhere })
        {
            await repository.AddAsync(c);
        }

        finished.MoveTo(CaseStatus.Withdrawn, Samples.At(18, 10), "applicant");
        await repository.UpdateAsync(finished);

        var open = await repository.FindOpenOnUnitAsync(Unit, excluding: a.Number);

        Assert.Equal(b.Number.Value, Assert.Single(open).CaseNumber);
    }

    [Fact]
    public async Task StreamFinished_YieldsOnlyCompletedInNumberOrder()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        for (var i = 3; i >= 1; i--)
        {
            var c = NewCase(i);
            if (i != 2)
            {
                c.MoveTo(CaseStatus.UnderReview, Samples.At(18, 10), "x");
                c.MoveTo(CaseStatus.Approved, Samples.At(18, 11), "x");
                c.MoveTo(CaseStatus.Recorded, Samples.At(18, 12), "y");
                c.MoveTo(CaseStatus.Completed, Samples.At(18, 13), "y");
            }

            await repository.AddAsync(c);
        }

        var streamed = new List<string>();
        await foreach (var c in repository.StreamFinishedAsync())
        {
            streamed.Add(c.Number.Value);
        }

        Assert.Equal([Samples.Case(1).Value, Samples.Case(3).Value], streamed);
    }

    [Fact]
    public async Task ReviewRuns_SameKeyTwice_StoredOnceWithFindings()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        var store = db.Services.GetRequiredService<IReviewRunStore>();
        var c = NewCase();
        await repository.AddAsync(c);
        var finding = new RuleFinding
        {
            RuleCode = "REG-SEIZURE-BLOCKS-DISPOSAL",
            Reference = "SEI-01",
            RuleVersion = 1,
            RuleSet = "review-examination",
            Category = "rights",
            Severity = RuleSeverity.Block,
            Outcome = RuleOutcome.Fail,
            NameZh = "查封限制处分",
            MessageZh = "单元存在有效查封",
            Facts = [new FactValue("SeizureNo", "(2025)皖0121执1号"), new FactValue("Until", null)],
        };
        ReviewRun Run(Guid id) => new()
        {
            Id = id,
            CaseId = c.Id,
            CaseNumber = c.Number.Value,
            IdempotencyKey = "k1",
            RequestName = "house-transfer-resale.intake",
            Stage = RuleStage.Intake,
            Verdict = RuleSetVerdict.Block,
            EvaluatedAt = Samples.At(18, 10),
            RuleSets = ["review-examination@1"],
            Findings = [new StoredFinding(Unit.Value, finding)],
        };

        var first = await store.AddAsync(Run(Guid.NewGuid()));
        var second = await store.AddAsync(Run(Guid.NewGuid()));

        Assert.Equal(first.Id, second.Id);
        var stored = Assert.Single(await store.ListForCaseAsync(c.Number.Value));
        var f = Assert.Single(stored.Findings);
        Assert.Equal(finding.Facts, f.Finding.Facts);
        Assert.Equal(RuleOutcome.Fail, f.Finding.Outcome);
        Assert.Equal(Samples.At(18, 10), stored.EvaluatedAt);

        // Concurrent identical calls also store one run.
        var raced = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.AddAsync(Run(Guid.NewGuid()) with { IdempotencyKey = "k2" })));
        Assert.Single(raced.Select(r => r.Id).Distinct());
        Assert.Equal(2, (await store.ListForCaseAsync(c.Number.Value)).Count);
    }

    [Fact]
    public async Task ReviewRuns_FindingsStoredAsOneValue_RoundTripEveryField_AndOlderRunsStillReadFromRows()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var repository = db.Services.GetRequiredService<ICaseRepository>();
        var store = db.Services.GetRequiredService<IReviewRunStore>();
        var c = NewCase();
        await repository.AddAsync(c);
        RuleFinding[] findings =
        [
            new()
            {
                RuleCode = "REG-SEIZURE-BLOCKS-DISPOSAL", Reference = "SEI-01", RuleVersion = 3, RuleSet = "review-examination", RuleSetVersion = 7,
                Category = "rights", Severity = RuleSeverity.Block, Outcome = RuleOutcome.Fail, NameZh = "查封限制处分",
                MessageZh = "单元存在有效查封 \"(2025)\"", MessageEn = "The unit is seized", Facts = [new FactValue("SeizureNo", "(2025)皖0121执1号"), new FactValue("Until", null)],
            },
            new()
            {
                RuleCode = "REG-TAX-PAID", Reference = "TAX-01", RuleVersion = 1, RuleSet = "review-examination", RuleSetVersion = 7,
                Category = "tax", Severity = RuleSeverity.Warn, Outcome = RuleOutcome.Error, NameZh = "完税", Error = "shared data unavailable",
            },
            new()
            {
                RuleCode = "REG-ID-VALID", Reference = "PTY-01", RuleVersion = 2, RuleSet = "review-examination", RuleSetVersion = 7,
                Category = "parties", Severity = RuleSeverity.Block, Outcome = RuleOutcome.Pass, NameZh = "身份核验",
            },
        ];
        var run = new ReviewRun
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = c.Number.Value, IdempotencyKey = "json", RequestName = "house-transfer-resale.intake",
            Stage = RuleStage.Intake, Verdict = RuleSetVerdict.Block, EvaluatedAt = Samples.At(18, 10), RuleSets = ["review-examination@7"],
            Findings = [.. findings.Select(f => new StoredFinding(Unit.Value, f))],
        };

        await store.AddAsync(run);

        // One row for the run and none in the per-finding table.
        await using (var context = db.NewContext())
        {
            var row = await context.Set<ReviewRunRow>().AsNoTracking().SingleAsync(r => r.Id == run.Id);
            Assert.Contains("单元存在有效查封", row.FindingsJson, StringComparison.Ordinal);
            Assert.Equal(0, await context.Set<RuleFindingRow>().CountAsync());

            // A run stored before the column existed: its findings are rows.
            var legacy = Guid.NewGuid();
            context.Add(new ReviewRunRow
            {
                Id = legacy, CaseId = c.Id, CaseNumber = c.Number.Value, IdempotencyKey = "rows", RequestName = "old", Stage = "Intake", Verdict = "Pass",
                EvaluatedAt = Samples.At(18, 9), RuleSets = "review-examination@1",
            });
            context.Add(new RuleFindingRow
            {
                RunId = legacy, Ordinal = 0, CaseId = c.Id, Stage = "Intake", UnitCode = Unit.Value, RuleCode = "REG-OLD", Reference = "OLD-01", RuleVersion = 1,
                RuleSet = "review-examination", Category = "unit", Severity = "Warn", Outcome = "Fail", NameZh = "旧规则", MessageZh = "旧消息",
                FactsJson = """[{"Name":"Area","Value":"89.5"}]""", EvaluatedAt = Samples.At(18, 9),
            });
            await context.SaveChangesAsync();
        }

        var stored = await store.FindByIdempotencyKeyAsync("json");
        Assert.NotNull(stored);
        Assert.Equal(findings.Length, stored.Findings.Count);
        for (var i = 0; i < findings.Length; i++)
        {
            var (expected, actual) = (findings[i], stored.Findings[i].Finding);
            Assert.Equal(Unit.Value, stored.Findings[i].UnitCode);
            Assert.Equal(expected with { Facts = [] }, actual with { Facts = [] });
            Assert.Equal(expected.Facts, actual.Facts);
        }

        var old = await store.FindByIdempotencyKeyAsync("rows");
        var oldFinding = Assert.Single(old!.Findings).Finding;
        Assert.Equal(("REG-OLD", RuleSeverity.Warn, RuleOutcome.Fail, "旧消息"), (oldFinding.RuleCode, oldFinding.Severity, oldFinding.Outcome, oldFinding.MessageZh));
        Assert.Equal([new FactValue("Area", "89.5")], oldFinding.Facts);
        Assert.Equal(["rows", "json"], (await store.ListForCaseAsync(c.Number.Value)).Select(r => r.IdempotencyKey));
    }
}
