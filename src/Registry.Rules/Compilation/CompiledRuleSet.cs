using Registry.Application.Review;
using Registry.Rules.Loading;

namespace Registry.Rules.Compilation;

/// <summary>A compiled rule set of one version (applicability is cached per stage and business type by the NRules engine).</summary>
internal sealed class CompiledRuleSet<TFacts>
{
    public CompiledRuleSet(RuleSetDefinition definition, IReadOnlyList<CompiledRule<TFacts>> rules, IReadOnlyList<CompiledDerived>? derived = null)
    {
        Definition = definition;
        Rules = rules;
        Derived = derived ?? [];
    }

    /// <summary>The derived facts the set defines, each lifted to the join that produces it.</summary>
    public IReadOnlyList<CompiledDerived> Derived { get; }

    public RuleSetDefinition Definition { get; }

    public string Name => Definition.Name;

    public string Key => $"{Definition.Name}@{Definition.Version}";

    public IReadOnlyList<CompiledRule<TFacts>> Rules { get; }
}
