namespace Registry.Application.Review.Facts;

/// <summary>An easement touching the unit (地役权).</summary>
public sealed record EasementFacts
{
    /// <summary>True when this unit is the burdened land (供役地); false when it benefits (需役地).</summary>
    public required bool UnitIsBurdened { get; init; }

    /// <summary>The other parcel's unit code.</summary>
    public required string CounterpartUnitCode { get; init; }

    /// <summary>The current holders of the other parcel (empty when it is not in the register or has no owner).</summary>
    public IReadOnlyList<HolderFacts> CounterpartHolders { get; init; } = [];

    /// <summary>True when every one of <paramref name="parties"/> (at least one) holds the other parcel by name and ID number.</summary>
    public bool CounterpartHeldByAll(IEnumerable<PartyFacts> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var list = parties.ToList();
        return list.Count > 0 && list.All(p => CounterpartHolders.Any(h => p.SameAs(h.Name, h.IdNumber)));
    }
}
