namespace Registry.Application.Review.Facts;

/// <summary>A pre-notice on the unit (预告登记).</summary>
public sealed record PreNoticeFacts
{
    /// <summary>Kind of pre-notice.</summary>
    public required PreNoticeKind Kind { get; init; }

    /// <summary>Pre-notice holder's name.</summary>
    public required string HolderName { get; init; }

    /// <summary>Pre-notice holder's ID number.</summary>
    public required string HolderIdNumber { get; init; }

    /// <summary>Booking date.</summary>
    public required DateOnly BookedOn { get; init; }

    /// <summary>Still effective (not cancelled, used up or lapsed).</summary>
    public bool IsEffective { get; init; } = true;

    /// <summary>Price or secured amount recorded.</summary>
    public decimal? Amount { get; init; }
}
