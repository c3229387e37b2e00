using Registry.Application.Review.Facts;

namespace Registry.Application.Review;

/// <summary>Evaluates the review rule sets (智能审核) against one case.</summary>
public interface IRuleSetEvaluator
{
    /// <summary>Evaluates every loaded review rule applicable to the case's business type, <paramref name="stage"/> and <see cref="ReviewFacts.Today"/>.</summary>
    RuleEvaluationResult Evaluate(ReviewFacts facts, RuleStage stage);

    /// <summary>Evaluates only the named rule set.</summary>
    RuleEvaluationResult Evaluate(string ruleSetName, ReviewFacts facts, RuleStage stage);

    /// <summary>Asynchronous form of <see cref="Evaluate(ReviewFacts, RuleStage)"/> for callers on async paths; evaluation itself is CPU-bound.</summary>
    ValueTask<RuleEvaluationResult> EvaluateAsync(ReviewFacts facts, RuleStage stage, CancellationToken cancellationToken = default);

    /// <summary>
    /// An evaluator fixed on the rule-set versions published now. A review takes one at its start and evaluates every
    /// unit and step on it, so a publish while it runs does not mix versions: it finishes on the version it started with.
    /// An evaluator over one fixed set of versions returns itself.
    /// </summary>
    ValueTask<IRuleSetEvaluator> PinAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(this);
}
