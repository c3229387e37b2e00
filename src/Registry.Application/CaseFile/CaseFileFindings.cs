using Registry.Application.Review;
using Registry.Workflows.Ports;

namespace Registry.Application.CaseFile;

/// <summary>The findings of the latest review run of a case, problems grouped by severity (block, warn, info).</summary>
/// <param name="RunId">The run.</param>
/// <param name="RequestName">What the engine asked for, e.g. catalogue-standard.examination.</param>
/// <param name="Stage">Stage evaluated.</param>
/// <param name="Verdict">Overall verdict.</param>
/// <param name="EvaluatedAt">When the rules ran.</param>
/// <param name="Groups">Failed or errored findings by severity, most severe first; empty groups left out.</param>
/// <param name="Passed">Findings that passed (shown collapsed).</param>
/// <param name="EarlierRuns">How many earlier runs the case has.</param>
public sealed record CaseFileFindings(
    Guid RunId,
    string RequestName,
    RuleStage Stage,
    RuleSetVerdict Verdict,
    DateTimeOffset EvaluatedAt,
    IReadOnlyList<CaseFileFindingGroup> Groups,
    IReadOnlyList<CaseFileFinding> Passed,
    int EarlierRuns)
{
    /// <summary>Groups a run's findings: problems by severity, most severe first, then passes.</summary>
    public static CaseFileFindings From(ReviewRun run, int earlierRuns)
    {
        ArgumentNullException.ThrowIfNull(run);
        var findings = run.Findings.Select(f => CaseFileFinding.From(f)).ToList();
        var groups = findings
            .Where(f => f.Outcome != RuleOutcome.Pass)
            .GroupBy(f => f.Severity)
            .OrderByDescending(g => g.Key)
            .Select(g => new CaseFileFindingGroup(g.Key, [.. g.OrderBy(f => f.Outcome == RuleOutcome.Error ? 0 : 1).ThenBy(f => f.RuleCode, StringComparer.Ordinal)]))
            .ToList();
        return new CaseFileFindings(run.Id, run.RequestName, run.Stage, run.Verdict, run.EvaluatedAt, groups,
            [.. findings.Where(f => f.Outcome == RuleOutcome.Pass)], earlierRuns);
    }
}

/// <summary>Findings of one severity.</summary>
/// <param name="Severity">The severity.</param>
/// <param name="Findings">Errors first, then by rule code.</param>
public sealed record CaseFileFindingGroup(RuleSeverity Severity, IReadOnlyList<CaseFileFinding> Findings);

/// <summary>One finding with its explanation.</summary>
/// <param name="UnitCode">The unit it concerns.</param>
/// <param name="RuleCode">Rule code.</param>
/// <param name="Reference">Reference in register-rules.md.</param>
/// <param name="NameZh">Rule name.</param>
/// <param name="Severity">Severity.</param>
/// <param name="Outcome">Pass, fail or error.</param>
/// <param name="MessageZh">Chinese message.</param>
/// <param name="MessageEn">English message.</param>
/// <param name="Facts">The facts the rule used.</param>
/// <param name="Error">What went wrong, for an error.</param>
public sealed record CaseFileFinding(
    string UnitCode,
    string RuleCode,
    string Reference,
    string NameZh,
    RuleSeverity Severity,
    RuleOutcome Outcome,
    string? MessageZh,
    string? MessageEn,
    IReadOnlyList<FactValue> Facts,
    string? Error)
{
    /// <summary>From a stored finding.</summary>
    public static CaseFileFinding From(StoredFinding stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var f = stored.Finding;
        return new(stored.UnitCode, f.RuleCode, f.Reference, f.NameZh, f.Severity, f.Outcome, f.MessageZh, f.MessageEn, f.Facts, f.Error);
    }
}
