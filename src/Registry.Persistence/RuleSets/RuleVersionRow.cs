namespace Registry.Persistence.RuleSets;

/// <summary>A rule's own version inside one rule-set version.</summary>
internal sealed class RuleVersionRow
{
    public required string RuleSetName { get; set; }

    public int RuleSetVersion { get; set; }

    public required string RuleCode { get; set; }

    public int RuleVersion { get; set; }

    public required string ContentHash { get; set; }
}
