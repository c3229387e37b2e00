using System.Collections.Concurrent;
using Registry.Application.Review;
using Registry.Rules.Loading;

namespace Registry.Rules.Compilation;

/// <summary>A compiled rule set of one version; caches the applicable rules per (stage, business type).</summary>
internal sealed class CompiledRuleSet<TFacts>
{
    private readonly ConcurrentDictionary<(RuleStage, string), CompiledRule<TFacts>[]> _applicable = new();

    public CompiledRuleSet(RuleSetDefinition definition, IReadOnlyList<CompiledRule<TFacts>> rules)
    {
        Definition = definition;
        Rules = rules;
    }

    public RuleSetDefinition Definition { get; }

    public string Name => Definition.Name;

    public string Key => $"{Definition.Name}@{Definition.Version}";

    public IReadOnlyList<CompiledRule<TFacts>> Rules { get; }

    public CompiledRule<TFacts>[] Applicable(RuleStage stage, string businessType) =>
        _applicable.GetOrAdd((stage, businessType), static (k, rules) => [.. rules.Where(r => r.AppliesTo(k.Item2, k.Item1))], Rules);
}
