namespace Registry.Application.Review.Facts;

/// <summary>A registered holder of the unit's current right (登记簿记载的权利人).</summary>
public sealed record HolderFacts
{
    /// <summary>Name as registered.</summary>
    public required string Name { get; init; }

    /// <summary>Identity document type.</summary>
    public IdType IdType { get; init; } = IdType.ResidentId;

    /// <summary>ID number as registered.</summary>
    public required string IdNumber { get; init; }

    /// <summary>Share for co-ownership by shares; null otherwise.</summary>
    public ShareFraction? Share { get; init; }

    /// <summary>Recorded as the spouse of another holder.</summary>
    public bool IsSpouseOfAnotherHolder { get; init; }
}
