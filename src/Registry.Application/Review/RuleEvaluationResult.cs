namespace Registry.Application.Review;

/// <summary>
/// Findings of one evaluation. Rules that do not apply (other business type or stage, not yet in force or expired on
/// <see cref="EvaluatedOn"/>) are omitted; <see cref="SkippedCount"/> counts them.
/// </summary>
public sealed record RuleEvaluationResult
{
    /// <summary>Rule sets evaluated, as name@version.</summary>
    public required IReadOnlyList<string> RuleSets { get; init; }

    /// <summary>Stage evaluated.</summary>
    public required RuleStage Stage { get; init; }

    /// <summary>The date effective dates were checked against.</summary>
    public required DateOnly EvaluatedOn { get; init; }

    /// <summary>One finding per applicable rule, passes included, in rule-set order.</summary>
    public required IReadOnlyList<RuleFinding> Findings { get; init; }

    /// <summary>Rules loaded but not applicable to this case, stage or date.</summary>
    public int SkippedCount { get; init; }

    /// <summary>Findings that failed or errored.</summary>
    public IEnumerable<RuleFinding> Problems => Findings.Where(f => f.Outcome != RuleOutcome.Pass);

    /// <summary>The finding for a rule code, or null when the rule did not run.</summary>
    public RuleFinding? For(string ruleCode) => Findings.FirstOrDefault(f => f.RuleCode == ruleCode);
}
