namespace Registry.Rules.Loading;

/// <summary>A validated rule set before compilation.</summary>
internal sealed record RuleSetDefinition(string Name, RuleSetKind Kind, int Version, string File, IReadOnlyList<RuleDefinition> Rules)
{
    /// <summary>The derived facts the set defines (review sets only).</summary>
    public IReadOnlyList<DerivedFactDefinition> Derived { get; init; } = [];
}
