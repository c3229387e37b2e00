using Registry.Application.Review;

namespace Registry.Application.RuleSets;

/// <summary>One rule on one case in a dry run: what the published version found beside what the draft finds.</summary>
/// <param name="Stage">The stage evaluated (QC for self-check).</param>
/// <param name="UnitCode">The unit whose facts were evaluated (empty for self-check).</param>
/// <param name="RuleCode">The rule.</param>
/// <param name="Published">The published version's finding (null when the rule did not apply or is new).</param>
/// <param name="Draft">The draft's finding (null when the rule does not apply or was removed).</param>
public sealed record RuleDryRunRow(RuleStage Stage, string UnitCode, string RuleCode, RuleFinding? Published, RuleFinding? Draft)
{
    /// <summary>True when the draft fires (fails or errors) for this rule.</summary>
    public bool DraftFires => Draft is { Outcome: not RuleOutcome.Pass };

    /// <summary>True when the published version fires for this rule.</summary>
    public bool PublishedFires => Published is { Outcome: not RuleOutcome.Pass };

    /// <summary>True when outcome, severity or message differ between the two.</summary>
    public bool Changed => DraftFires != PublishedFires
        || Draft?.Severity != Published?.Severity
        || !string.Equals(Draft?.MessageZh, Published?.MessageZh, StringComparison.Ordinal)
        || !string.Equals(Draft?.MessageEn, Published?.MessageEn, StringComparison.Ordinal);
}
