using Registry.Application.Review;

namespace Registry.Application.RuleSets;

/// <summary>The published rule sets and the same with one set replaced by a draft, for a dry run.</summary>
/// <param name="Published">Review evaluator over the published versions.</param>
/// <param name="Draft">Review evaluator with the draft in place of its published version.</param>
/// <param name="PublishedSelfCheck">Self-check runner over the published versions.</param>
/// <param name="DraftSelfCheck">Self-check runner with the draft in place.</param>
/// <param name="PublishedVersion">The published version of the draft's set the comparison is against (0 when new).</param>
public sealed record RuleSetDraftPair(IRuleSetEvaluator Published, IRuleSetEvaluator Draft, ISelfCheckRunner PublishedSelfCheck, ISelfCheckRunner DraftSelfCheck, int PublishedVersion);
