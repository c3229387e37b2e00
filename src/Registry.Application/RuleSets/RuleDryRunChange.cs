namespace Registry.Application.RuleSets;

/// <summary>A case on which a rule fires under the draft and not under the published version, or the other way round.</summary>
/// <param name="CaseNumber">The case.</param>
/// <param name="BusinessType">Its business type.</param>
/// <param name="RuleCode">The rule.</param>
/// <param name="NewlyFires">True: fires only under the draft; false: stops firing under the draft.</param>
/// <param name="MessageZh">The firing side's message.</param>
public sealed record RuleDryRunChange(string CaseNumber, string BusinessType, string RuleCode, bool NewlyFires, string? MessageZh);
