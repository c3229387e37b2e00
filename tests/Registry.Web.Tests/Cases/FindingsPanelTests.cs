using Bunit;
using Registry.Application.CaseFile;
using Registry.Application.Review;
using Registry.Web.Components.Cases;
using Registry.Workflows.Ports;

namespace Registry.Web.Tests.Cases;

public sealed class FindingsPanelTests : RegistryComponentTest
{
    private static StoredFinding Finding(string code, RuleSeverity severity, RuleOutcome outcome, string? message = null, params FactValue[] facts) =>
        new("340121001001GB00001F00010001", new RuleFinding
        {
            RuleCode = code,
            Reference = "REF-" + code,
            RuleVersion = 1,
            RuleSet = "review-intake",
            Category = "rights",
            Severity = severity,
            Outcome = outcome,
            NameZh = "规则" + code,
            MessageZh = message,
            MessageEn = message is null ? null : "en " + message,
            Facts = facts,
            Error = outcome == RuleOutcome.Error ? "division by zero" : null,
        });

    private static CaseFileFindings Run(params StoredFinding[] findings) => CaseFileFindings.From(new ReviewRun
    {
        Id = Guid.NewGuid(),
        CaseId = Guid.NewGuid(),
        CaseNumber = "340121-20261123-000001",
        IdempotencyKey = "k",
        RequestName = "catalogue-standard.intake",
        Stage = RuleStage.Intake,
        Verdict = RuleSetVerdict.Block,
        EvaluatedAt = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero),
        Findings = findings,
    }, earlierRuns: 1);

    [Fact]
    public void Problems_AreGroupedBySeverity_BlockingFirst_ErrorsFirstWithinAGroup_AndPassesCollapsed()
    {
        var findings = Run(
            Finding("W1", RuleSeverity.Warn, RuleOutcome.Fail, "价格明显偏低"),
            Finding("P1", RuleSeverity.Block, RuleOutcome.Pass),
            Finding("B2", RuleSeverity.Block, RuleOutcome.Fail, "单元已被查封", new FactValue("activeSeizures", "1")),
            Finding("B1", RuleSeverity.Block, RuleOutcome.Error),
            Finding("I1", RuleSeverity.Info, RuleOutcome.Fail, "存在在办件"));

        var panel = Render<FindingsPanel>(p => p.Add(f => f.Findings, findings));

        Assert.Equal(["Block", "Warn", "Info"], panel.FindAll(".finding-group").Select(g => g.GetAttribute("data-severity")));
        var blocking = panel.Find(".finding-group[data-severity=Block]");
        Assert.Equal(["B1", "B2"], blocking.QuerySelectorAll(".finding").Select(f => f.GetAttribute("data-rule")));
        Assert.Contains("division by zero", blocking.QuerySelector(".finding[data-rule=B1] .finding-message")!.TextContent);
        Assert.Equal("单元已被查封", blocking.QuerySelector(".finding[data-rule=B2] .finding-message")!.TextContent);
        Assert.Contains("activeSeizures", blocking.QuerySelector(".finding[data-rule=B2] .finding-facts")!.TextContent);
        Assert.Equal(["P1"], panel.FindAll(".findings-passed li").Select(l => l.GetAttribute("data-rule")));
        Assert.Contains("此前另有 1 次审核", panel.Find(".findings-run").TextContent);
    }

    [Fact]
    public void OnlyPasses_SaysEveryRulePassed()
    {
        var panel = Render<FindingsPanel>(p => p.Add(f => f.Findings, Run(Finding("P1", RuleSeverity.Block, RuleOutcome.Pass))));

        Assert.Empty(panel.FindAll(".finding-group"));
        Assert.Equal("全部规则通过。", panel.Find(".findings-all-passed").TextContent.Trim());
    }

    [Fact]
    public void NoRun_SaysNoRulesRan()
    {
        var panel = Render<FindingsPanel>(p => p.Add(f => f.Findings, (CaseFileFindings?)null));

        Assert.Equal("尚未运行审核规则。", panel.Find(".none").TextContent.Trim());
    }

    [Fact]
    public void InEnglish_TheEnglishMessageIsShown()
    {
        UseCulture("en");
        var panel = Render<FindingsPanel>(p => p.Add(f => f.Findings, Run(Finding("W1", RuleSeverity.Warn, RuleOutcome.Fail, "价格明显偏低"))));

        Assert.Equal("en 价格明显偏低", panel.Find(".finding[data-rule=W1] .finding-message").TextContent);
        Assert.Contains("Warning", panel.Find(".finding-group-title").TextContent);
    }
}
