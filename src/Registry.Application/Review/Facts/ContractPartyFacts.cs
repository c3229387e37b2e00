namespace Registry.Application.Review.Facts;

/// <summary>A party named in a net-signed contract.</summary>
public sealed record ContractPartyFacts
{
    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>ID number.</summary>
    public required string IdNumber { get; init; }
}
