namespace Registry.Rules.NRules;

/// <summary>The untyped view of an <see cref="EntryFact{T}"/>, for explanations.</summary>
internal interface IEntryFact
{
    /// <summary>The root facts object the entry was read from.</summary>
    object Owner { get; }

    /// <summary>Path of the collection in the fact model.</summary>
    string Source { get; }

    /// <summary>Position in that collection.</summary>
    int Index { get; }

    /// <summary>The entry.</summary>
    object Value { get; }
}
