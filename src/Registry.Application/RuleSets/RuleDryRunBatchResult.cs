namespace Registry.Application.RuleSets;

/// <summary>A dry run of a draft over the last finished cases.</summary>
/// <param name="RuleSet">The rule set.</param>
/// <param name="PublishedVersion">The published version compared against.</param>
/// <param name="CasesRun">How many finished cases were evaluated.</param>
/// <param name="CasesNewlyFiring">Cases on which some rule fires only under the draft.</param>
/// <param name="CasesStoppingFiring">Cases on which some rule fires only under the published version.</param>
/// <param name="Changes">Each case and rule that changed.</param>
public sealed record RuleDryRunBatchResult(string RuleSet, int PublishedVersion, int CasesRun, int CasesNewlyFiring, int CasesStoppingFiring, IReadOnlyList<RuleDryRunChange> Changes);
