using Registry.Application.Review;
using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

public sealed class EvaluationTests
{
    private const string MinimalRule = """
        {
          "WorkflowName": "scratch",
          "Kind": "review",
          "Version": 1,
          "Rules": [
            {
              "RuleName": "REG-SCRATCH-RULE",
              "Expression": "EXPR",
              "LocalParams": [ { "Name": "UnitCode", "Expression": "f.Unit.Code" } ],
              "Properties": {
                "Ref": "GEN-99", "NameZh": "测试", "NameEn": "Scratch", "Category": "unit", "Severity": "block", "Version": 3,
                "EffectiveFrom": "FROM", UNTIL
                "BusinessTypes": ["*"], "Stages": ["REVIEW"],
                "MessageZh": "单元 {UnitCode} 测试", "MessageEn": "Unit {UnitCode} scratch"
              }
            }
          ]
        }
        """;

    private static string Rule(string expr, string from = "2020-01-01", string? until = null) =>
        MinimalRule.Replace("EXPR", expr, StringComparison.Ordinal).Replace("FROM", from, StringComparison.Ordinal)
            .Replace("UNTIL", until is null ? string.Empty : $"\"EffectiveUntil\": \"{until}\",", StringComparison.Ordinal);

    private static IRuleSetEvaluator Evaluator(string json) =>
        RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials).CreateEvaluator();

    [Fact]
    public void AutoApproval_CleanResale_IsApproved()
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        foreach (var stage in new[] { RuleStage.Intake, RuleStage.Review, RuleStage.Book })
        {
            var result = evaluator.Evaluate(CleanResale(), stage);
            var decision = AutoApprovalPolicy.Decide(result);
            Assert.True(decision.Verdict == AutoApprovalVerdict.Approve, $"{stage}: {decision.ExplanationZh}");
            Assert.NotEmpty(result.Findings);
        }
    }

    [Fact]
    public void AutoApproval_SeizedUnitTransfer_RoutesToExaminerWithExplanation()
    {
        var facts = CleanResale().Unit(u => u with { Seizures = [Seizure()] });
        var decision = AutoApprovalPolicy.Decide(TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Review));
        Assert.Equal(AutoApprovalVerdict.RouteToExaminer, decision.Verdict);
        var finding = Assert.Single(decision.Reasons, r => r.RuleCode == "REG-SEIZURE-BLOCKS-DISPOSAL");
        Assert.Equal(RuleSeverity.Block, finding.Severity);
        Assert.Equal("SEI-01", finding.Reference);
        Assert.Contains("存在有效查封", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains(UnitCode, finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("(2026)赣0102执保1号", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains(finding.Facts, v => v.Name == "SeizureNo" && v.Value == "(2026)赣0102执保1号");
        Assert.Contains(finding.Facts, v => v.Name == "Until" && v.Value == "2029-01-04");
        Assert.Contains("存在有效查封", decision.ExplanationZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AutoApproval_WarnOnly_RoutesToExaminer()
    {
        var facts = CleanResale().Unit(u => u with { Mortgages = [Mortgage()] }); // MTG-05 warn: mortgage carries over
        var decision = AutoApprovalPolicy.Decide(TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Review));
        Assert.Equal(AutoApprovalVerdict.RouteToExaminer, decision.Verdict);
        Assert.All(decision.Reasons, r => Assert.Equal(RuleSeverity.Warn, r.Severity));
    }

    [Fact]
    public void AutoApproval_InfoOnly_IsApproved()
    {
        var result = new RuleEvaluationResult
        {
            RuleSets = ["x@1"],
            Stage = RuleStage.Review,
            EvaluatedOn = Today,
            Findings = [new RuleFinding { RuleCode = "R-I", Reference = "X", RuleVersion = 1, RuleSet = "x", Category = "parties", Severity = RuleSeverity.Info, Outcome = RuleOutcome.Fail, NameZh = "提示" }],
        };
        Assert.Equal(AutoApprovalVerdict.Approve, AutoApprovalPolicy.Decide(result).Verdict);
    }

    // The day that picks the rules is the case's acceptance day (CleanResale: accepted 2026-11-20, reviewed 2026-11-23).
    [Theory]
    [InlineData("2026-11-19", null, false)] // in force since before acceptance
    [InlineData("2026-11-20", null, false)] // in force from the acceptance day (inclusive)
    [InlineData("2026-11-21", null, true)] // in force after acceptance, before today: not for this case
    [InlineData("2026-11-23", null, true)] // in force from today: not for a case accepted before
    [InlineData("2020-01-01", "2026-11-20", false)] // last day in force is the acceptance day (inclusive)
    [InlineData("2020-01-01", "2026-11-19", true)] // ended the day before acceptance
    public void EffectiveDates_FilterRules(string from, string? until, bool skipped)
    {
        var result = Evaluator(Rule("false", from, until)).Evaluate(CleanResale(), RuleStage.Review);
        Assert.Equal(skipped, result.For("REG-SCRATCH-RULE") is null);
        Assert.Equal(skipped ? 1 : 0, result.SkippedCount);
    }

    [Fact]
    public void Stage_RuleForOtherStage_DoesNotRun()
    {
        var result = Evaluator(Rule("false")).Evaluate(CleanResale(), RuleStage.Intake);
        Assert.Null(result.For("REG-SCRATCH-RULE"));
    }

    [Fact]
    public void Evaluate_ThrowingExpression_IsErrorFindingAndBlocksAutoApproval()
    {
        // Contract is null: dereferencing it throws inside the compiled delegate.
        var facts = CleanResale().Shared(s => s with { Contract = null });
        var result = Evaluator(Rule("f.Shared.Contract.Price > 0")).Evaluate(facts, RuleStage.Review);
        var finding = result.For("REG-SCRATCH-RULE")!;
        Assert.Equal(RuleOutcome.Error, finding.Outcome);
        Assert.Contains("NullReferenceException", finding.Error, StringComparison.Ordinal);
        Assert.Equal(3, finding.RuleVersion);
        Assert.Contains("无法评估", finding.MessageZh, StringComparison.Ordinal);
        var decision = AutoApprovalPolicy.Decide(result);
        Assert.Equal(AutoApprovalVerdict.RouteToExaminer, decision.Verdict);
        Assert.Same(finding, decision.Reasons[0]);
    }

    [Fact]
    public void Evaluate_DivideByZero_IsErrorFinding()
    {
        var facts = CleanResale().Case(c => c with { Parties = [] });
        var finding = Evaluator(Rule("100 / f.Case.Parties.Count > 1")).Evaluate(facts, RuleStage.Review).For("REG-SCRATCH-RULE")!;
        Assert.Equal(RuleOutcome.Error, finding.Outcome);
        Assert.Contains("DivideByZeroException", finding.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RecordsRuleVersionMessageAndFacts()
    {
        var finding = Evaluator(Rule("false")).Evaluate(CleanResale(), RuleStage.Review).For("REG-SCRATCH-RULE")!;
        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        Assert.Equal(3, finding.RuleVersion);
        Assert.Equal($"单元 {UnitCode} 测试", finding.MessageZh);
        Assert.Equal($"Unit {UnitCode} scratch", finding.MessageEn);
        Assert.Equal([new FactValue("UnitCode", UnitCode)], finding.Facts);
    }

    [Fact]
    public void Seizure_WaitingOnly_DoesNotBlock_ButActiveOneDoes()
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        RuleOutcome Outcome(params SeizureFacts[] s) =>
            evaluator.Evaluate(CleanResale().Unit(u => u with { Seizures = s }), RuleStage.Book).For("REG-SEIZURE-BLOCKS-DISPOSAL")!.Outcome;

        Assert.Equal(RuleOutcome.Pass, Outcome(Seizure(SeizureKind.Waiting, queue: 1)));
        Assert.Equal(RuleOutcome.Pass, Outcome(Seizure(start: Today.AddDays(1)))); // not yet started
        Assert.Equal(RuleOutcome.Pass, Outcome(Seizure(end: Today.AddDays(-1)))); // lapsed yesterday
        Assert.Equal(RuleOutcome.Fail, Outcome(Seizure(end: Today))); // last day still effective
        Assert.Equal(RuleOutcome.Fail, Outcome(Seizure(SeizureKind.PreSeizure)));
        Assert.Equal(RuleOutcome.Fail, Outcome(Seizure(SeizureKind.Waiting, queue: 1), Seizure()));
    }

    [Fact]
    public void Seizure_CourtEnforcingItsOwnSeizure_IsExempt()
    {
        var facts = CleanResale()
            .Type("HouseTransferJudicialAssist")
            .Case(c => c with { EntrustingAuthority = new EntrustingAuthorityFacts { Name = "某区人民法院" } })
            .Unit(u => u with { Seizures = [Seizure()] });
        Assert.Equal(RuleOutcome.Pass, TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Review).For("REG-SEIZURE-BLOCKS-DISPOSAL")!.Outcome);
    }

    [Fact]
    public void Seizure_MortgageCancel_IsNotADisposal()
    {
        var facts = CleanResale().Type("MortgageCancel", Bank).Unit(u => u with { Seizures = [Seizure()] });
        var finding = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Review).For("REG-SEIZURE-BLOCKS-DISPOSAL");
        Assert.Equal(RuleOutcome.Pass, finding?.Outcome ?? RuleOutcome.Pass);
    }

    [Fact]
    public void Materials_SharedDataSatisfiesChecklist()
    {
        var facts = CleanResale().Without("TAX_RECEIPT").Case(c => c with { SharedMaterials = ["TAX_RECEIPT"] });
        Assert.Equal(RuleOutcome.Pass, TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, RuleStage.Intake).For("REG-MATERIALS-COMPLETE")!.Outcome);
        var missing = TestCatalogue.Instance.CreateEvaluator().Evaluate(CleanResale().Without("SALE_CONTRACT"), RuleStage.Intake).For("REG-MATERIALS-COMPLETE")!;
        Assert.Contains("买卖合同", missing.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Materials_EntrustedTypeWithoutOwnList_NeedsNoApplicationForm()
    {
        Assert.Empty(TestCatalogue.Instance.Materials.Required("AdministrativeRestriction"));
        Assert.Equal(["APPLICATION_FORM", "APPLICANT_ID"], TestCatalogue.Instance.Materials.Required("HouseChangeOfName"));
        Assert.DoesNotContain("APPLICATION_FORM", TestCatalogue.Instance.Materials.Required("JudicialSeizure"));
    }

    [Fact]
    public async Task EvaluateAsync_SameAsSync()
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        var sync = evaluator.Evaluate(CleanResale(), RuleStage.Review);
        var async = await evaluator.EvaluateAsync(CleanResale(), RuleStage.Review);
        Assert.Equal(sync.Findings.Select(f => (f.RuleCode, f.Outcome)), async.Findings.Select(f => (f.RuleCode, f.Outcome)));
    }
}
