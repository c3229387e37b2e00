namespace Registry.Application.RuleSets;

/// <summary>A dry run of a draft on one case: every rule of the set that applied, the draft beside the published version.</summary>
/// <param name="CaseNumber">The case.</param>
/// <param name="RuleSet">The rule set.</param>
/// <param name="PublishedVersion">The published version compared against (0 for a new set).</param>
/// <param name="Rows">One row per rule, stage and unit.</param>
public sealed record RuleDryRunCaseResult(string CaseNumber, string RuleSet, int PublishedVersion, IReadOnlyList<RuleDryRunRow> Rows);
