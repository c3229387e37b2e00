using Registry.Application.Review;

namespace Registry.Rules.Publishing;

/// <summary>One compiled combination of published rule-set versions, with its evaluator and self-check runner.</summary>
internal sealed class RuleSetSnapshot(long stamp, RuleSetCatalogue catalogue)
{
    private readonly Lazy<IRuleSetEvaluator> _evaluator = new(catalogue.CreateEvaluator);
    private readonly Lazy<ISelfCheckRunner> _selfCheck = new(catalogue.CreateSelfCheckRunner);

    public long Stamp { get; } = stamp;

    public RuleSetCatalogue Catalogue { get; } = catalogue;

    public IRuleSetEvaluator Evaluator => _evaluator.Value;

    public ISelfCheckRunner SelfCheck => _selfCheck.Value;
}
