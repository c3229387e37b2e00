namespace Registry.Application.Review;

/// <summary>
/// What a rule-check or auto-decision node asks for, parsed from its name. A workflow names
/// <c>{type}.intake</c>, <c>{type}.review</c>, <c>{type}.book</c> or <c>{type}.auto-approve</c> (all loaded review sets
/// at that stage, filtered by business type inside the rules); a loaded rule-set name such as <c>review-intake</c> runs
/// only that set at the stage its name says (examination = review) — except a booking set, which runs every rule declared
/// for the booking stage.
/// </summary>
/// <param name="Stage">Stage to evaluate.</param>
/// <param name="RuleSetName">A single rule set, or null for all.</param>
/// <param name="AutoDecision">Decide with <see cref="AutoApprovalPolicy"/>.</param>
public sealed record ReviewRequest(RuleStage Stage, string? RuleSetName, bool AutoDecision)
{
    /// <summary>Parses a node's rule-set name.</summary>
    /// <exception cref="ArgumentException">The name says no known stage.</exception>
    public static ReviewRequest Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The rule-check node names no rule set.", nameof(name));
        }

        var n = name.Trim();
        var dot = n.LastIndexOf('.');
        if (dot >= 0)
        {
            var suffix = n[(dot + 1)..];
            return suffix.ToUpperInvariant() switch
            {
                "INTAKE" => new ReviewRequest(RuleStage.Intake, null, false),
                "REVIEW" or "EXAMINATION" => new ReviewRequest(RuleStage.Review, null, false),
                "BOOK" or "BOOKING" => new ReviewRequest(RuleStage.Book, null, false),
                "AUTO-APPROVE" or "AUTO" => new ReviewRequest(RuleStage.Review, null, true),
                _ => throw new ArgumentException($"Rule-check name '{n}': '{suffix}' is not a stage (intake, review, book, auto-approve).", nameof(name)),
            };
        }

        var stage = n.EndsWith("-intake", StringComparison.OrdinalIgnoreCase) ? RuleStage.Intake
            : n.EndsWith("-booking", StringComparison.OrdinalIgnoreCase) || n.EndsWith("-book", StringComparison.OrdinalIgnoreCase) ? RuleStage.Book
            : RuleStage.Review;
        // The booking re-check runs every rule that declares the booking stage (seizure, pre-notice, objection rules live
        // in the examination and intake sets too), against the register as it stands inside the recording transaction.
        return new ReviewRequest(stage, stage == RuleStage.Book ? null : n, false);
    }
}
