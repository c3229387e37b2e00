namespace Registry.Rules.NRules;

/// <summary>
/// A fact inferred in the session (forward chaining), e.g. 单元限制处分 UnitRestrictedForDisposal / Seizure: one per
/// register entry that produces it, inserted by the derivation rule linked to that entry's match (so it is retracted with
/// the entry) and read by every rule that needs it instead of each repeating the join.
/// </summary>
internal sealed class DerivedFact(int kind, string name, string kindName, object owner, IEntryFact entry)
{
    /// <summary>Number of the derived kind in the engine.</summary>
    public int Kind { get; } = kind;

    /// <summary>The derived fact's name, e.g. UnitRestrictedForDisposal.</summary>
    public string Name { get; } = name;

    /// <summary>The kind's name, e.g. Seizure.</summary>
    public string KindName { get; } = kindName;

    /// <summary>The root facts object (ReviewFacts) it was inferred for; rules compare it by reference.</summary>
    public object Owner { get; } = owner;

    /// <summary>The register entry that produced it (named in the findings of the rules that read it).</summary>
    public IEntryFact Entry { get; } = entry;
}
