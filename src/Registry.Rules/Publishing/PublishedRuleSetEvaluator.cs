using Registry.Application.Review;
using Registry.Application.Review.Facts;

namespace Registry.Rules.Publishing;

/// <summary>
/// The review evaluator over the published rule sets: <see cref="PinAsync"/> and <see cref="EvaluateAsync"/> check the
/// database stamp first; the synchronous calls run on the last versions seen.
/// </summary>
internal sealed class PublishedRuleSetEvaluator(PublishedRuleSets published) : IRuleSetEvaluator
{
    public RuleEvaluationResult Evaluate(ReviewFacts facts, RuleStage stage) => published.Last.Evaluator.Evaluate(facts, stage);

    public RuleEvaluationResult Evaluate(string ruleSetName, ReviewFacts facts, RuleStage stage) => published.Last.Evaluator.Evaluate(ruleSetName, facts, stage);

    public async ValueTask<RuleEvaluationResult> EvaluateAsync(ReviewFacts facts, RuleStage stage, CancellationToken cancellationToken = default) =>
        await (await published.CurrentAsync(cancellationToken)).Evaluator.EvaluateAsync(facts, stage, cancellationToken);

    public async ValueTask<IRuleSetEvaluator> PinAsync(CancellationToken cancellationToken = default) =>
        (await published.CurrentAsync(cancellationToken)).Evaluator;
}
