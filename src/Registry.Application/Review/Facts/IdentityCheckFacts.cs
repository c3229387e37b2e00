namespace Registry.Application.Review.Facts;

/// <summary>Result of an online identity check for one ID number (身份核验).</summary>
public sealed record IdentityCheckFacts
{
    /// <summary>ID number checked.</summary>
    public required string IdNumber { get; init; }

    /// <summary>Name and number match the population or enterprise register.</summary>
    public required bool Verified { get; init; }

    /// <summary>End of the identity document's validity (证件有效期) reported by the identity source; null when not reported or unlimited (长期).</summary>
    public DateOnly? DocumentValidUntil { get; init; }

    /// <summary>Number of the court ruling that declares the person of limited or no civil capacity (民法典 24), as reported; null when none.</summary>
    public string? CapacityRuling { get; init; }
}
