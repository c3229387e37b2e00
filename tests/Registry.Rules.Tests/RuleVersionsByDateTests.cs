using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>
/// Two versions of one rule in force on different dates live in one set: the review runs the version in force on the
/// day the case was accepted; versions whose periods share a day, or share a number, are refused naming the other one.
/// </summary>
public sealed class RuleVersionsByDateTests
{
    private const string Code = "REG-SCRATCH-DATED";

    private static string Version(int version, string severity, string from, string? until, string expression, string message) => $$"""
        {
          "RuleName": "{{Code}}",
          "Expression": "{{expression}}",
          "LocalParams": [ { "Name": "UnitCode", "Expression": "f.Unit.Code" } ],
          "Properties": {
            "Ref": "GEN-98", "NameZh": "按日期分版本", "NameEn": "Dated versions", "Category": "unit", "Severity": "{{severity}}",
            "Version": {{version}}, "EffectiveFrom": "{{from}}", {{(until is null ? string.Empty : $"\"EffectiveUntil\": \"{until}\",")}}
            "BusinessTypes": ["*"], "Stages": ["REVIEW"],
            "MessageZh": "{{message}} {UnitCode}", "MessageEn": "{{message}} {UnitCode}"
          }
        }
        """;

    private static string Set(params string[] rules) => $$"""
        { "WorkflowName": "scratch", "Kind": "review", "Version": 1, "Rules": [ {{string.Join(",", rules)}} ] }
        """;

    // v1 blocks until the end of June 2026; v2 only warns from July.
    private static readonly string TwoVersions = Set(
        Version(1, "block", "2024-06-01", "2026-06-30", "false", "旧版"),
        Version(2, "warn", "2026-07-01", null, "false", "新版"));

    private static IRuleSetEvaluator Evaluator(string json) =>
        RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials).CreateEvaluator();

    private static ReviewFacts AcceptedOn(int year, int month, int day) =>
        CleanResale().Case(c => c with { AcceptedAt = new DateTimeOffset(year, month, day, 16, 30, 0, TimeSpan.FromHours(8)) });

    [Theory]
    [InlineData(2026, 3, 2, 1, RuleSeverity.Block, "旧版")]
    [InlineData(2026, 6, 30, 1, RuleSeverity.Block, "旧版")] // last day of v1
    [InlineData(2026, 7, 1, 2, RuleSeverity.Warn, "新版")] // first day of v2
    [InlineData(2026, 11, 20, 2, RuleSeverity.Warn, "新版")]
    public void TheVersionInForceOnTheAcceptanceDay_IsTheOneReviewed(int year, int month, int day, int version, RuleSeverity severity, string message)
    {
        // Reviewed on 2026-11-23 (Facts.Today) whatever the acceptance day: the acceptance day picks the version.
        var result = Evaluator(TwoVersions).Evaluate(AcceptedOn(year, month, day), RuleStage.Review);

        var finding = Assert.Single(result.Findings, f => f.RuleCode == Code);
        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        Assert.Equal(version, finding.RuleVersion);
        Assert.Equal(severity, finding.Severity);
        Assert.StartsWith(message, finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(1, result.SkippedCount); // the other version
    }

    [Fact]
    public void BeforeTheFirstVersion_NoVersionApplies()
    {
        var result = Evaluator(TwoVersions).Evaluate(AcceptedOn(2024, 5, 31), RuleStage.Review);
        Assert.DoesNotContain(result.Findings, f => f.RuleCode == Code);
        Assert.Equal(2, result.SkippedCount);
    }

    [Fact]
    public void TheLaterVersionThrowing_IsAnErrorOfThatVersion_TheEarlierStillRunsForItsCases()
    {
        var json = Set(
            Version(1, "block", "2024-06-01", "2026-06-30", "false", "旧版"),
            Version(2, "warn", "2026-07-01", null, "100 / f.Case.Parties.Count > 1", "新版"));
        var evaluator = Evaluator(json);

        var late = evaluator.Evaluate(AcceptedOn(2026, 11, 20).Case(c => c with { Parties = [] }), RuleStage.Review).For(Code)!;
        Assert.Equal(RuleOutcome.Error, late.Outcome);
        Assert.Equal(2, late.RuleVersion);
        Assert.Contains("DivideByZeroException", late.Error, StringComparison.Ordinal);

        var early = evaluator.Evaluate(AcceptedOn(2026, 3, 2).Case(c => c with { Parties = [] }), RuleStage.Review).For(Code)!;
        Assert.Equal(RuleOutcome.Fail, early.Outcome);
        Assert.Equal(1, early.RuleVersion);
    }

    [Theory]
    [InlineData("2026-06-30", null)] // starts on v1's last day
    [InlineData("2025-01-01", "2025-12-31")] // inside v1
    [InlineData("2020-01-01", null)] // covers v1 entirely
    public void OverlappingPeriods_AreRefusedAtEffectiveFrom_NamingTheOtherVersion(string from, string? until)
    {
        var json = Set(
            Version(1, "block", "2024-06-01", "2026-06-30", "false", "旧版"),
            Version(2, "warn", from, until, "false", "新版"));

        var error = Assert.Single(RuleSetCatalogue.ValidateRuleSet(json, "scratch.json"));

        Assert.Equal(Code, error.RuleCode);
        Assert.StartsWith("Properties.EffectiveFrom:", error.Message, StringComparison.Ordinal);
        Assert.Contains("overlaps v1 (2024-06-01–2026-06-30)", error.Message, StringComparison.Ordinal);
        Assert.Contains("与第 1 版（2024-06-01–2026-06-30）重叠", error.DetailZh, StringComparison.Ordinal);
        Assert.Throws<RuleSetValidationException>(() => RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials));
    }

    [Fact]
    public void TwoVersionsWithOneNumber_AreRefused()
    {
        var json = Set(
            Version(1, "block", "2024-06-01", "2026-06-30", "false", "旧版"),
            Version(1, "warn", "2026-07-01", null, "false", "新版"));

        var error = Assert.Single(RuleSetCatalogue.ValidateRuleSet(json, "scratch.json"));
        Assert.StartsWith("Properties.Version:", error.Message, StringComparison.Ordinal);
        Assert.Contains("第 1 版出现了两次", error.DetailZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AVersionInAnotherSet_IsStillACodeUsedTwice()
    {
        var other = """{ "WorkflowName": "other", "Kind": "review", "Version": 1, "Rules": [ RULE ] }"""
            .Replace("RULE", Version(3, "warn", "2030-01-01", null, "false", "别处"), StringComparison.Ordinal);
        var ex = Assert.Throws<RuleSetValidationException>(() =>
            RuleSetCatalogue.Load([("scratch.json", TwoVersions), ("other.json", other)], TestCatalogue.Instance.Materials));
        Assert.Contains(ex.Errors, e => e.RuleCode == Code && e.Message.Contains("already used in scratch.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelfCheck_RunsTheVersionInForceOnTheDayItChecks_WhateverTheAcceptanceDay()
    {
        static string Qc(int version, string from, string? until, string message) => Version(version, "warn", from, until, "false", message)
            .Replace("\"Category\": \"unit\"", "\"Category\": \"principle\"", StringComparison.Ordinal)
            .Replace("[\"REVIEW\"]", "[\"QC\"]", StringComparison.Ordinal)
            .Replace("f.Unit.Code", "f.CaseNo", StringComparison.Ordinal);
        var json = """{ "WorkflowName": "scratch-qc", "Kind": "selfcheck", "Version": 1, "Rules": [ @A@, @B@ ] }"""
            .Replace("@A@", Qc(1, "2024-06-01", "2026-06-30", "旧版"), StringComparison.Ordinal)
            .Replace("@B@", Qc(2, "2026-07-01", null, "新版"), StringComparison.Ordinal);
        var runner = RuleSetCatalogue.Load([("scratch-qc.json", json)], TestCatalogue.Instance.Materials).CreateSelfCheckRunner();
        FinishedCaseFacts Checked(string no, int month) => CleanFinished() with { CaseNo = no, Today = new DateOnly(2026, month, 2) };

        var findings = new List<SelfCheckFinding>();
        await foreach (var f in runner.StreamAsync(AsAsync([Checked("C-MARCH", 3), Checked("C-NOV", 11), Checked("C-JUNE", 6)])))
        {
            findings.Add(f);
        }

        Assert.Equal(["C-JUNE 1 旧版", "C-MARCH 1 旧版", "C-NOV 2 新版"],
            findings.Select(f => $"{f.CaseNo} {f.Finding.RuleVersion} {f.Finding.MessageZh![..2]}").Order(StringComparer.Ordinal));
    }

    private static async IAsyncEnumerable<FinishedCaseFacts> AsAsync(IEnumerable<FinishedCaseFacts> cases)
    {
        foreach (var c in cases)
        {
            await Task.Yield();
            yield return c;
        }
    }
}
