namespace Registry.Application.Review.Facts;

/// <summary>Result of an online identity check for one ID number (身份核验).</summary>
public sealed record IdentityCheckFacts
{
    /// <summary>ID number checked.</summary>
    public required string IdNumber { get; init; }

    /// <summary>Name and number match the population or enterprise register.</summary>
    public required bool Verified { get; init; }
}
