using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;

namespace Registry.Rules.NRules;

/// <summary>
/// Evaluates the review rule sets (智能审核) in an NRules session: the case, its unit and every register entry, the
/// other open cases, the parties and the shared-data records are inserted as facts; rules that fire are failures;
/// applicable rules that did not fire pass; a rule whose condition threw is an Error finding, never a pass. A pooled
/// session per evaluation, held by no other (sessions are not thread-safe; the factory is).
/// </summary>
internal sealed class NRulesRuleSetEvaluator(CompiledEngine<ReviewFacts> engine, MaterialsChecklist materials) : IRuleSetEvaluator
{
    public RuleEvaluationResult Evaluate(ReviewFacts facts, RuleStage stage) => Run(AllSets, facts, stage);

    public RuleEvaluationResult Evaluate(string ruleSetName, ReviewFacts facts, RuleStage stage)
    {
        for (var s = 0; s < engine.Sets.Count; s++)
        {
            if (engine.Sets[s].Name == ruleSetName)
            {
                return Run([s], facts, stage);
            }
        }

        throw new KeyNotFoundException($"No review rule set named '{ruleSetName}'.");
    }

    public ValueTask<RuleEvaluationResult> EvaluateAsync(ReviewFacts facts, RuleStage stage, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Evaluate(facts, stage));
    }

    private int[] AllSets => field ??= [.. Enumerable.Range(0, engine.Sets.Count)];

    private RuleEvaluationResult Run(int[] sets, ReviewFacts facts, RuleStage stage)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var context = new ReviewSessionContext(materials, engine.Rules.Length, engine.Derived.Length);
        var skipped = 0;
        var names = new string[sets.Length];
        var any = false;
        Span<bool> joined = stackalloc bool[engine.InsertedSources.Length];
        var day = CompiledRule<ReviewFacts>.RuleDay(facts.Case.AcceptedAt);
        for (var s = 0; s < sets.Length; s++)
        {
            var set = engine.Sets[sets[s]];
            names[s] = set.Key;
            var applicable = engine.Applicable(sets[s], stage, facts.Case.BusinessType);
            skipped += set.Rules.Count - applicable.Length;
            foreach (var i in applicable)
            {
                if (engine.Rules[i].InForceOn(day))
                {
                    context.Applicable[i] = true;
                    any = true;
                    if (engine.SourceOf[i] >= 0)
                    {
                        joined[engine.SourceOf[i]] = true;
                    }

                    if (engine.Reads[i] >= 0)
                    {
                        context.Derived[engine.Reads[i]] = true;
                    }
                }
                else
                {
                    skipped++;
                }
            }
        }

        if (any)
        {
            var inserted = new List<object>(16) { new Subject<ReviewFacts>(context, facts) };
            // Only the entries some applicable rule joins on: the others would match nothing and only cost the insert.
            for (var k = 0; k < joined.Length; k++)
            {
                if (joined[k])
                {
                    engine.InsertedSources[k].AddFacts(facts, inserted);
                }
            }

            engine.Run(inserted, stage);
        }

        var findings = new List<RuleFinding>(64);
        foreach (var s in sets)
        {
            var offset = engine.Offsets[s];
            for (var i = offset; i < offset + engine.Sets[s].Rules.Count; i++)
            {
                if (context.Applicable[i])
                {
                    findings.Add(Finding(context, i, facts));
                }
            }
        }

        return new RuleEvaluationResult { RuleSets = names, Stage = stage, EvaluatedOn = facts.Today, Findings = findings, SkippedCount = skipped };
    }

    private RuleFinding Finding(ReviewSessionContext context, int i, ReviewFacts facts)
    {
        var rule = engine.Rules[i];
        var error = context.Errors[i] is { } ex ? CompiledRule<ReviewFacts>.ExpressionError(ex) : null;
        return rule.Finding(facts, materials, passed: !context.FiredRules[i], error, engine.Explain(i, context.Matched[i]));
    }
}
