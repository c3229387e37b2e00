namespace Registry.Rules.NRules;

/// <summary>
/// One element of the register or the case (a seizure, a mortgage, an open case, a party…) inserted into an NRules
/// session as a fact of its own, so a rule can join on it and name the entry it matched. A class, not the record
/// itself: records compare by value and NRules identifies facts by equality, so two equal entries would collapse.
/// </summary>
/// <typeparam name="T">The fact-model type of the entry.</typeparam>
internal sealed class EntryFact<T>(object owner, string source, int index, T value) : IEntryFact
    where T : class
{
    /// <summary>The root facts object (ReviewFacts) the entry was read from; joins compare it by reference.</summary>
    public object Owner { get; } = owner;

    /// <summary>Path of the collection in the fact model, e.g. <c>Unit.Seizures</c>.</summary>
    public string Source { get; } = source;

    /// <summary>Position in that collection (keeps explanations in register order).</summary>
    public int Index { get; } = index;

    /// <summary>The entry.</summary>
    public T Value { get; } = value;

    object IEntryFact.Value => Value;
}
