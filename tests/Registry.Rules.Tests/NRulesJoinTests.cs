using Registry.Application.Review;
using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>
/// The register inserted as separate facts: conflict rules are NRules joins whose finding names the entries matched;
/// a rule that throws is an Error finding isolated from the others.
/// </summary>
public sealed class NRulesJoinTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 19, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("REG-SEIZURE-BLOCKS-DISPOSAL", "Unit.Seizures")]
    [InlineData("REG-WAITING-SEIZURE-QUEUED", "Unit.Seizures")]
    [InlineData("REG-PRENOTICE-HOLDER-CONSENT", "Unit.PreNotices")]
    [InlineData("REG-OBJECTION-UNDERTAKING", "Unit.Objections")]
    [InlineData("REG-OBJECTION-NOTICE", "Unit.Objections")]
    [InlineData("REG-OBJECTION-NOT-REPEATED", "Unit.Objections")]
    [InlineData("REG-OPEN-CASE-NOTICE", "Unit.OpenCases")]
    [InlineData("REG-OPEN-CASE-EARLIER", "Unit.OpenCases")]
    public void ConflictRule_IsCompiledAsJoinOnItsRegisterEntries(string code, string source)
    {
        var engine = TestCatalogue.Instance.ReviewEngine;
        var i = Array.FindIndex(engine.Rules, r => r.Definition.Code == code);
        Assert.True(i >= 0, $"{code} not loaded");
        Assert.True(engine.Joins[i] is not null, $"{code} stayed one pattern on the aggregate");
        Assert.Equal(source, engine.Joins[i]!.Source.Path);
    }

    [Fact]
    public void ShippedReviewRules_JoinsListed()
    {
        var engine = TestCatalogue.Instance.ReviewEngine;
        var joins = engine.Rules.Select((r, i) => (r.Definition.Code, Join: engine.Joins[i])).Where(x => x.Join is not null).ToList();
        foreach (var (code, join) in joins)
        {
            output.WriteLine($"{code}: {join!.Source.Path}{(join.Guard is null ? string.Empty : " + guard")}");
        }

        output.WriteLine($"{joins.Count} of {engine.Rules.Length} review rules are joins; inserted sources: {string.Join(", ", engine.InsertedSources.Select(s => s.Path))}");
        Assert.True(joins.Count >= 8);
        Assert.All(engine.InsertedSources, s => Assert.Contains(joins, j => j.Join!.Source == s));
    }

    [Fact]
    public void Seizure_JoinNamesTheEffectiveSeizure_NotTheWaitingOne()
    {
        var waiting = Seizure(SeizureKind.Waiting, queue: 1) with { RulingNo = "(2026)赣0102执保9号", Authority = "某中级人民法院" };
        var facts = CleanResale().Unit(u => u with { Seizures = [waiting, Seizure()] });

        var finding = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Review).For("REG-SEIZURE-BLOCKS-DISPOSAL")!;

        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        var matched = Assert.Single(finding.Facts, f => f.Name.StartsWith("Unit.Seizures[", StringComparison.Ordinal));
        Assert.Equal("Unit.Seizures[1]", matched.Name);
        Assert.Contains("(2026)赣0102执保1号", matched.Value, StringComparison.Ordinal);
        Assert.Contains("某区人民法院", matched.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("执保9号", matched.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenCase_JoinNamesOnlyTheEarlierCase()
    {
        var earlier = new OpenCaseFacts { CaseNo = "2026-000050", BusinessType = "MortgageFirst", AcceptedAt = Morning };
        var later = new OpenCaseFacts { CaseNo = "2026-000300", BusinessType = "MortgageFirst", AcceptedAt = Morning.AddDays(3) };
        var facts = CleanResale().Unit(u => u with { OpenCases = [later, earlier] });

        var finding = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Book).For("REG-OPEN-CASE-EARLIER")!;

        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        var matched = Assert.Single(finding.Facts, f => f.Name.StartsWith("Unit.OpenCases[", StringComparison.Ordinal));
        Assert.Equal("Unit.OpenCases[1]", matched.Name);
        Assert.StartsWith("2026-000050 MortgageFirst", matched.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void PreNotice_JoinNamesTheHolderWhoseConsentIsMissing()
    {
        var own = PreNotice("张三", SellerId); // the seller's own pre-notice needs no consent
        var other = PreNotice("王五", ThirdId);
        var facts = CleanResale().Unit(u => u with { PreNotices = [own, other] });

        var finding = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Review).For("REG-PRENOTICE-HOLDER-CONSENT")!;

        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        var matched = Assert.Single(finding.Facts, f => f.Name.StartsWith("Unit.PreNotices[", StringComparison.Ordinal));
        Assert.Equal("Unit.PreNotices[1]", matched.Name);
        Assert.Contains("王五", matched.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Objection_JoinNamesEveryEffectiveObjection_InRegisterOrder()
    {
        var lapsed = new ObjectionFacts { ApplicantName = "赵六", BookedOn = Today.AddDays(-40) };
        var a = new ObjectionFacts { ApplicantName = "王五", BookedOn = Today.AddDays(-3) };
        var b = new ObjectionFacts { ApplicantName = "钱七", BookedOn = Today.AddDays(-30), CourtFiled = true };
        var facts = CleanResale().Unit(u => u with { Objections = [a, lapsed, b] });

        var finding = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Review).For("REG-OBJECTION-UNDERTAKING")!;

        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        Assert.Equal(
            ["Unit.Objections[0]", "Unit.Objections[2]"],
            finding.Facts.Where(f => f.Name.StartsWith("Unit.Objections[", StringComparison.Ordinal)).Select(f => f.Name));
    }

    [Fact]
    public void Join_NoConflict_PassesWithoutMatchedEntries()
    {
        var finding = TestCatalogue.Instance.CreateEvaluator().Evaluate(CleanResale().Unit(u => u with { Seizures = [Seizure(SeizureKind.Waiting, queue: 1)] }), RuleStage.Review)
            .For("REG-SEIZURE-BLOCKS-DISPOSAL")!;
        Assert.Equal(RuleOutcome.Pass, finding.Outcome);
        Assert.DoesNotContain(finding.Facts, f => f.Name.EndsWith(']'));
    }

    [Fact]
    public void ThrowingJoinCondition_IsErrorFinding_AndOtherRulesStillDecide()
    {
        // The join's entry condition divides by zero on the seizure's queue position: an LhsExpressionFailedEvent.
        var json = Scratch(
            ("REG-SCRATCH-THROWS", "!f.Unit.Seizures.Any(z => 10 / z.QueuePosition > 1)"),
            ("REG-SCRATCH-FAILS", "f.Unit.Code == \"nothing\""),
            ("REG-SCRATCH-PASSES", "f.Unit.Code != \"nothing\""));
        var evaluator = RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials).CreateEvaluator();

        var result = evaluator.Evaluate(CleanResale().Unit(u => u with { Seizures = [Seizure()] }), RuleStage.Review);

        var error = result.For("REG-SCRATCH-THROWS")!;
        Assert.Equal(RuleOutcome.Error, error.Outcome);
        Assert.Contains("DivideByZeroException", error.Error, StringComparison.Ordinal);
        Assert.Contains("无法评估", error.MessageZh, StringComparison.Ordinal);
        Assert.Equal(RuleOutcome.Fail, result.For("REG-SCRATCH-FAILS")!.Outcome);
        Assert.Equal(RuleOutcome.Pass, result.For("REG-SCRATCH-PASSES")!.Outcome);
        Assert.Equal(AutoApprovalVerdict.RouteToExaminer, AutoApprovalPolicy.Decide(result).Verdict);
    }

    [Fact]
    public void ThrowingSelfCheckRule_IsErrorForThatCaseOnly_InABatch()
    {
        var json = Scratch(("REG-SCRATCH-QC-THROWS", "100 / f.WorkingDaysUsed > 0"), kind: "selfcheck");
        var runner = RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials).CreateSelfCheckRunner();
        var cases = Enumerable.Range(0, 1_000).Select(i => CleanFinished() with { CaseNo = $"C{i}", WorkingDaysUsed = i % 100 == 0 ? 0 : 3 }).ToList();

        var report = runner.Summarise(cases);
        var problems = runner.StreamAsync(cases.ToAsyncEnumerable()).ToBlockingEnumerable().ToList();

        Assert.Equal(1_000, report.CasesChecked);
        Assert.Equal(10, report.CasesWithFindings);
        Assert.Equal(10, report.Categories.Sum(c => c.ErrorCount));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"C{i * 100}"), problems.Select(p => p.CaseNo));
        Assert.All(problems, p => Assert.Equal(RuleOutcome.Error, p.Finding.Outcome));
    }

    [Fact]
    public void ThrowingRule_OnAPooledSession_LeavesNothingBehindForTheNextReview()
    {
        // Sessions are reused: a review must not see the facts, firings or errors of the one before it on the same session.
        var json = Scratch(
            ("REG-SCRATCH-THROWS", "!f.Unit.Seizures.Any(z => 10 / z.QueuePosition > 1)"),
            ("REG-SCRATCH-SEIZED", "!f.Unit.Seizures.Any(z => z.Kind == SeizureKind.Seizure)"));
        var evaluator = RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials).CreateEvaluator();
        var seized = CleanResale().Unit(u => u with { Seizures = [Seizure()] });
        var clean = CleanResale();

        for (var round = 0; round < 3; round++)
        {
            var bad = evaluator.Evaluate(seized, RuleStage.Review);
            Assert.Equal(RuleOutcome.Error, bad.For("REG-SCRATCH-THROWS")!.Outcome);
            Assert.Equal(RuleOutcome.Fail, bad.For("REG-SCRATCH-SEIZED")!.Outcome);
            Assert.Single(bad.For("REG-SCRATCH-SEIZED")!.Facts, f => f.Name == "Unit.Seizures[0]");

            var good = evaluator.Evaluate(clean, RuleStage.Review);
            Assert.All(good.Findings, f => Assert.Equal(RuleOutcome.Pass, f.Outcome));
            Assert.All(good.Findings, f => Assert.DoesNotContain(f.Facts, x => x.Name.EndsWith(']')));
        }
    }

    [Fact]
    public void ConcurrentReviews_OnPooledSessions_SameFindingsAsOneAtATime()
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        var cases = ReviewRuleCases.All.OrderBy(x => x.Key, StringComparer.Ordinal).SelectMany(x => new[] { x.Value.Pass(), x.Value.Fail() }).ToArray();
        var alone = cases.Select(c => Summary(evaluator.Evaluate(c, RuleStage.Review))).ToArray();

        var together = new string[4][];
        Parallel.For(0, together.Length, t =>
        {
            // Each thread walks the cases from a different start, so different cases share the pool at the same time.
            together[t] = new string[cases.Length];
            for (var k = 0; k < cases.Length; k++)
            {
                var i = (k + (t * 37)) % cases.Length;
                together[t][i] = Summary(evaluator.Evaluate(cases[i], RuleStage.Review));
            }
        });

        Assert.Contains(alone, s => s.Contains(":Fail", StringComparison.Ordinal));
        Assert.All(together, run => Assert.Equal(alone, run));
    }

    [Fact]
    public void SelfCheck_EqualCasesInOneBatch_AreCheckedEachOnItsOwn()
    {
        // Records compare by value; NRules identifies facts by equality, so each case goes in wrapped, never as itself.
        var json = Scratch(("REG-SCRATCH-QC-DAYS", "f.WorkingDaysUsed < 5"), kind: "selfcheck");
        var runner = RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials).CreateSelfCheckRunner();
        var late = CleanFinished() with { CaseNo = "SAME", WorkingDaysUsed = 9 };

        var report = runner.Summarise([late, late with { }, CleanFinished() with { CaseNo = "OTHER", WorkingDaysUsed = 1 }]);

        Assert.Equal(3, report.CasesChecked);
        Assert.Equal(2, report.CasesWithFindings);
        Assert.Equal(2, report.Categories.Sum(c => c.FailCount));
    }

    private static string Summary(RuleEvaluationResult result) =>
        string.Join("|", result.Findings.Select(f => $"{f.RuleCode}:{f.Outcome}:{f.MessageZh}:{string.Join(",", f.Facts.Select(x => $"{x.Name}={x.Value}"))}"));

    private static string Scratch((string Code, string Expression)[] rules, string kind = "review")
    {
        var items = rules.Select(r => $$"""
            {
              "RuleName": "{{r.Code}}",
              "Expression": "{{r.Expression.Replace("\"", "\\\"", StringComparison.Ordinal)}}",
              "Properties": {
                "Ref": "GEN-99", "NameZh": "测试", "NameEn": "Scratch", "Category": "{{(kind == "review" ? "unit" : "content")}}", "Severity": "block", "Version": 1,
                "EffectiveFrom": "2020-01-01", "BusinessTypes": ["*"], "Stages": ["{{(kind == "review" ? "REVIEW" : "QC")}}"],
                "MessageZh": "测试", "MessageEn": "scratch"
              }
            }
            """);
        return $$"""{ "WorkflowName": "scratch", "Kind": "{{kind}}", "Version": 1, "Rules": [ {{string.Join(",", items)}} ] }""";
    }

    private static string Scratch(params (string Code, string Expression)[] rules) => Scratch(rules, "review");

    private static string Scratch((string Code, string Expression) rule, string kind) => Scratch([rule], kind);
}
