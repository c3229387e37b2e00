using Registry.Application.Review;

namespace Registry.Rules.Tests;

/// <summary>Every rule has at least one passing and one failing case; the table must cover every loaded rule.</summary>
public sealed class RuleCoverageTests
{
    public static TheoryData<string> ReviewCodes => [.. ReviewRuleCases.All.Keys];

    public static TheoryData<string> SelfCheckCodes => [.. SelfCheckRuleCases.All.Keys];

    [Fact]
    public void Table_CoversEveryLoadedRule()
    {
        var review = TestCatalogue.Instance.ReviewSets.SelectMany(s => s.Rules).Select(r => r.Definition.Code).ToHashSet();
        var selfCheck = TestCatalogue.Instance.SelfCheckSets.SelectMany(s => s.Rules).Select(r => r.Definition.Code).ToHashSet();
        Assert.Empty(review.Except(ReviewRuleCases.All.Keys));
        Assert.Empty(selfCheck.Except(SelfCheckRuleCases.All.Keys));
        Assert.Empty(ReviewRuleCases.All.Keys.Except(review));
        Assert.Empty(SelfCheckRuleCases.All.Keys.Except(selfCheck));
        Assert.True(review.Count >= 40, $"review rules: {review.Count}");
        Assert.True(selfCheck.Count >= 15, $"self-check rules: {selfCheck.Count}");
    }

    [Theory]
    [MemberData(nameof(ReviewCodes))]
    public void ReviewRule_PassingCase_Passes(string code) =>
        AssertOutcome(code, ReviewRuleCases.All[code].Pass(), RuleOutcome.Pass);

    [Theory]
    [MemberData(nameof(ReviewCodes))]
    public void ReviewRule_FailingCase_Fails(string code) =>
        AssertOutcome(code, ReviewRuleCases.All[code].Fail(), RuleOutcome.Fail);

    [Theory]
    [MemberData(nameof(SelfCheckCodes))]
    public void SelfCheckRule_PassingCase_Passes(string code) =>
        AssertSelfCheck(code, SelfCheckRuleCases.All[code].Pass(), RuleOutcome.Pass);

    [Theory]
    [MemberData(nameof(SelfCheckCodes))]
    public void SelfCheckRule_FailingCase_Fails(string code) =>
        AssertSelfCheck(code, SelfCheckRuleCases.All[code].Fail(), RuleOutcome.Fail);

    private static void AssertOutcome(string code, Application.Review.Facts.ReviewFacts facts, RuleOutcome expected)
    {
        var rule = TestCatalogue.Instance.ReviewSets.SelectMany(s => s.Rules).Single(r => r.Definition.Code == code);
        var stage = rule.Definition.Stages[0];
        var result = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, stage);
        var finding = result.For(code);
        Assert.True(finding is not null, $"{code} did not run for {facts.Case.BusinessType} at {stage}");
        Assert.True(expected == finding.Outcome, $"{code}: expected {expected}, got {finding.Outcome}. {finding.MessageZh} {finding.Error}");
        if (expected == RuleOutcome.Fail)
        {
            Assert.False(string.IsNullOrWhiteSpace(finding.MessageZh));
            Assert.DoesNotContain("{", finding.MessageZh, StringComparison.Ordinal);
            // NRules joins add the matched register entries after the declared facts ("Unit.Seizures[0]" …).
            Assert.Equal(rule.Definition.Facts.Count, finding.Facts.Count(f => !f.Name.EndsWith(']')));
        }
    }

    private static void AssertSelfCheck(string code, Application.Review.Facts.FinishedCaseFacts facts, RuleOutcome expected)
    {
        var rule = TestCatalogue.Instance.SelfCheckSets.SelectMany(s => s.Rules).Single(r => r.Definition.Code == code);
        Assert.True(rule.AppliesTo(facts.BusinessType, RuleStage.QC), $"{code} does not apply to {facts.BusinessType}");
        Assert.True(rule.InForceOn(facts.Today));
        // The self-check reports problems only: a rule that applies and is not reported passed.
        var problems = TestCatalogue.Instance.CreateSelfCheckRunner().StreamAsync(new[] { facts }.ToAsyncEnumerable()).ToBlockingEnumerable()
            .Where(p => p.Finding.RuleCode == code).ToList();
        var outcome = problems.Count == 0 ? RuleOutcome.Pass : problems[0].Finding.Outcome;
        Assert.True(expected == outcome, $"{code}: expected {expected}, got {outcome}. {problems.FirstOrDefault()?.Finding.MessageZh} {problems.FirstOrDefault()?.Finding.Error}");
    }
}
