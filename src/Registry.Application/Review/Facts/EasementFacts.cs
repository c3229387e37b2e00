namespace Registry.Application.Review.Facts;

/// <summary>An easement touching the unit (地役权).</summary>
public sealed record EasementFacts
{
    /// <summary>True when this unit is the burdened land (供役地); false when it benefits (需役地).</summary>
    public required bool UnitIsBurdened { get; init; }

    /// <summary>The other parcel's unit code.</summary>
    public required string CounterpartUnitCode { get; init; }
}
