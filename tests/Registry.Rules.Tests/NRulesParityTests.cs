using Registry.Application.Review;
using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>
/// NRules against the delegate evaluator it replaced, on the same facts: every rule case of the shipped rules (pass
/// and fail) and a seeded generated set mixing them, at every stage; the self-check the same way. Outcomes,
/// severities, messages, errors and declared facts must be identical per rule. (The demo county's facts from the
/// production fact builder are compared in Registry.Application.Tests, NRulesDemoParityTests.)
/// </summary>
public sealed class NRulesParityTests
{
    private static readonly RuleStage[] ReviewStages = [RuleStage.Intake, RuleStage.Review, RuleStage.Book];

    [Fact]
    public void Review_EveryRuleCase_SameFindingsOnBothEngines()
    {
        var compared = 0;
        foreach (var (pass, fail) in ReviewRuleCases.All.Values)
        {
            compared += CompareReview(pass());
            compared += CompareReview(fail());
        }

        Assert.True(compared > 1_000, $"only {compared} findings compared");
    }

    [Fact]
    public void Review_GeneratedMixes_SameFindingsOnBothEngines()
    {
        var cases = ReviewRuleCases.All.Values.SelectMany(c => new[] { c.Pass, c.Fail }).ToArray();
        var random = new Random(20261207);
        var compared = 0;
        var failures = 0;
        for (var n = 0; n < 400; n++)
        {
            var a = cases[random.Next(cases.Length)]();
            var b = cases[random.Next(cases.Length)]();
            var mixed = (random.Next(4)) switch
            {
                0 => a with { Unit = b.Unit },
                1 => a with { Shared = b.Shared, Unit = a.Unit with { Seizures = b.Unit.Seizures, OpenCases = b.Unit.OpenCases } },
                2 => a.Case(c => c with { BusinessType = b.Case.BusinessType, Parties = b.Case.Parties }),
                _ => a with { Today = a.Today.AddDays(random.Next(-400, 400)), Unit = a.Unit with { PreNotices = b.Unit.PreNotices, Objections = b.Unit.Objections } },
            };
            compared += CompareReview(mixed);
            failures += TestCatalogue.Instance.CreateEvaluator().Evaluate(mixed, RuleStage.Review).Problems.Count();
        }

        Assert.True(compared > 10_000, $"only {compared} findings compared");
        Assert.True(failures > 100, "the generated set should make rules fail, not only pass");
    }

    [Fact]
    public void SelfCheck_RuleCasesAndGeneratedMixes_SameProblemsOnBothEngines()
    {
        var cases = SelfCheckRuleCases.All.Values.SelectMany(c => new[] { c.Pass(), c.Fail() }).ToList();
        var random = new Random(7);
        for (var n = 0; n < 1_500; n++)
        {
            var a = cases[random.Next(cases.Count)];
            var b = cases[random.Next(cases.Count)];
            cases.Add((random.Next(3)) switch
            {
                0 => a with { UnitAtBooking = b.UnitAtBooking, CaseNo = $"G{n}" },
                1 => a with { BusinessType = b.BusinessType, Right = b.Right, CaseNo = $"G{n}" },
                _ => a with { BookedAt = b.BookedAt, Today = a.Today.AddDays(random.Next(-100, 100)), CaseNo = $"G{n}" },
            });
        }

        var reference = Problems(TestCatalogue.Instance.CreateReferenceSelfCheckRunner(), cases);
        var nrules = Problems(TestCatalogue.Instance.CreateSelfCheckRunner(), cases);

        Assert.True(reference.Count > 200, $"only {reference.Count} problems in the generated set");
        Assert.Equal(reference.Count, nrules.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            Assert.Equal(reference[i].CaseNo, nrules[i].CaseNo);
            AssertSame(reference[i].Finding, nrules[i].Finding, reference[i].CaseNo);
        }

        var refReport = TestCatalogue.Instance.CreateReferenceSelfCheckRunner().Summarise(cases);
        var report = TestCatalogue.Instance.CreateSelfCheckRunner().Summarise(cases);
        Assert.Equal((refReport.CasesChecked, refReport.CasesWithFindings, refReport.RulesEvaluated), (report.CasesChecked, report.CasesWithFindings, report.RulesEvaluated));
        Assert.Equal(refReport.Categories.Select(c => (c.Category, c.FailCount, c.ErrorCount)), report.Categories.Select(c => (c.Category, c.FailCount, c.ErrorCount)));
    }

    internal static void AssertSame(RuleFinding expected, RuleFinding actual, string where)
    {
        var context = $"{where} {expected.RuleCode}";
        Assert.True(expected.RuleCode == actual.RuleCode, $"{context}: rule order differs ({actual.RuleCode})");
        Assert.True(expected.Outcome == actual.Outcome, $"{context}: {expected.Outcome} vs NRules {actual.Outcome} {actual.Error}");
        Assert.Equal(expected.Severity, actual.Severity);
        Assert.Equal(expected.RuleVersion, actual.RuleVersion);
        Assert.Equal(expected.RuleSet, actual.RuleSet);
        Assert.True(expected.MessageZh == actual.MessageZh, $"{context}: «{expected.MessageZh}» vs NRules «{actual.MessageZh}»");
        Assert.Equal(expected.MessageEn, actual.MessageEn);
        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.Facts, actual.Facts.Where(f => !f.Name.EndsWith(']')));
    }

    private static int CompareReview(ReviewFacts facts)
    {
        var compared = 0;
        foreach (var stage in ReviewStages)
        {
            var expected = TestCatalogue.Instance.CreateReferenceEvaluator().Evaluate(facts, stage);
            var actual = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, stage);
            Assert.Equal(expected.RuleSets, actual.RuleSets);
            Assert.Equal(expected.SkippedCount, actual.SkippedCount);
            Assert.Equal(expected.Findings.Count, actual.Findings.Count);
            for (var i = 0; i < expected.Findings.Count; i++)
            {
                AssertSame(expected.Findings[i], actual.Findings[i], $"{facts.Case.BusinessType}@{stage}");
            }

            compared += expected.Findings.Count;
        }

        return compared;
    }

    private static List<SelfCheckFinding> Problems(ISelfCheckRunner runner, IEnumerable<FinishedCaseFacts> cases) =>
        runner.StreamAsync(cases.ToAsyncEnumerable()).ToBlockingEnumerable().ToList();
}
