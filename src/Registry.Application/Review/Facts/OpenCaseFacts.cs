namespace Registry.Application.Review.Facts;

/// <summary>Another accepted, not yet booked case on the same unit (在办件).</summary>
public sealed record OpenCaseFacts
{
    /// <summary>Acceptance number.</summary>
    public required string CaseNo { get; init; }

    /// <summary>Business type.</summary>
    public required string BusinessType { get; init; }

    /// <summary>Acceptance time.</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>Booking it would change the basis of the case under review.</summary>
    public bool ChangesBasis { get; init; } = true;
}
