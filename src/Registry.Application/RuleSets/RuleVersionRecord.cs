namespace Registry.Application.RuleSets;

/// <summary>A rule's own version inside one rule-set version.</summary>
/// <param name="RuleCode">Rule code (e.g. REG-SEIZURE-BLOCKS-DISPOSAL).</param>
/// <param name="RuleVersion">The rule's version: raised only when the rule's content changed since the set's previous version.</param>
/// <param name="ContentHash">Hash of the rule's content without its version (how a change is recognised).</param>
public sealed record RuleVersionRecord(string RuleCode, int RuleVersion, string ContentHash);
