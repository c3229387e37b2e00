namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// The stored self-check of one finished case under one rule-set version: replaced, never duplicated, when the case is
/// checked again with that version.
/// </summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="FinishedAt">When the case was completed.</param>
/// <param name="RuleSetVersion">Rule set and version, e.g. <c>selfcheck@1</c>.</param>
/// <param name="RunId">The run that stored it last.</param>
/// <param name="CheckedAt">When it was stored.</param>
/// <param name="Skipped">The case was never recorded in the register: nothing to self-check.</param>
/// <param name="Findings">Failed or errored rules; empty when the case passed.</param>
public sealed record SelfCheckCaseResult(
    string CaseNumber,
    string BusinessType,
    DateTimeOffset FinishedAt,
    string RuleSetVersion,
    Guid RunId,
    DateTimeOffset CheckedAt,
    bool Skipped,
    IReadOnlyList<SelfCheckStoredFinding> Findings);
