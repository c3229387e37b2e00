using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;

namespace Registry.Rules.Evaluation;

/// <summary>
/// Evaluates the review rule sets with our compiled delegates. Applicability: business type and stage (cached per
/// rule set), then effective dates against <see cref="ReviewFacts.Today"/>; rules that do not apply are omitted and counted.
/// </summary>
internal sealed class CompiledRuleSetEvaluator(RuleSetCatalogue catalogue) : IRuleSetEvaluator
{
    public RuleEvaluationResult Evaluate(ReviewFacts facts, RuleStage stage) => Run(catalogue.ReviewSets, facts, stage);

    public RuleEvaluationResult Evaluate(string ruleSetName, ReviewFacts facts, RuleStage stage)
    {
        var set = catalogue.ReviewSets.FirstOrDefault(s => s.Name == ruleSetName)
            ?? throw new KeyNotFoundException($"No review rule set named '{ruleSetName}'.");
        return Run([set], facts, stage);
    }

    public ValueTask<RuleEvaluationResult> EvaluateAsync(ReviewFacts facts, RuleStage stage, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Evaluate(facts, stage));
    }

    private RuleEvaluationResult Run(IReadOnlyList<CompiledRuleSet<ReviewFacts>> sets, ReviewFacts facts, RuleStage stage)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var findings = new List<RuleFinding>(64);
        var skipped = 0;
        var names = new string[sets.Count];
        for (var s = 0; s < sets.Count; s++)
        {
            var set = sets[s];
            names[s] = set.Key;
            var applicable = set.Applicable(stage, facts.Case.BusinessType);
            skipped += set.Rules.Count - applicable.Length;
            foreach (var rule in applicable)
            {
                if (!rule.InForceOn(facts.Today))
                {
                    skipped++;
                    continue;
                }

                findings.Add(rule.Evaluate(facts, catalogue.Materials));
            }
        }

        return new RuleEvaluationResult { RuleSets = names, Stage = stage, EvaluatedOn = facts.Today, Findings = findings, SkippedCount = skipped };
    }
}
