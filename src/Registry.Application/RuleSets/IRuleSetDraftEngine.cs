using Registry.Application.Review;

namespace Registry.Application.RuleSets;

/// <summary>The rules layer's side of the rule designer: validate a draft by compiling it, and evaluate it beside the published version.</summary>
public interface IRuleSetDraftEngine
{
    /// <summary>Parses, checks and compiles a rule-set draft (also into an NRules session factory). Empty when it can be published.</summary>
    /// <param name="json">The draft in the rule-set file format.</param>
    /// <returns>Every issue, each naming the rule, the field and the position.</returns>
    IReadOnlyList<RuleDraftIssue> Validate(string json);

    /// <summary>
    /// The evaluators a dry run compares: the published versions as they run now, and the same with the set named in
    /// <paramref name="draftJson"/> replaced by the draft. The draft must be valid (<see cref="Validate"/>).
    /// </summary>
    /// <param name="draftJson">The draft.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Published and draft evaluators (review sets) and self-check runners (self-check sets).</returns>
    ValueTask<RuleSetDraftPair> PairAsync(string draftJson, CancellationToken cancellationToken = default);
}
