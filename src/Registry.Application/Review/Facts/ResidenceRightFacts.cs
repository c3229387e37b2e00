namespace Registry.Application.Review.Facts;

/// <summary>A residence right on the unit (居住权).</summary>
public sealed record ResidenceRightFacts
{
    /// <summary>Holder's name.</summary>
    public required string HolderName { get; init; }

    /// <summary>End of the term; null for life.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The entry records an agreement allowing the dwelling to be leased.</summary>
    public bool LeaseAllowed { get; init; }
}
