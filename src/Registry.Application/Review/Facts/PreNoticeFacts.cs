namespace Registry.Application.Review.Facts;

/// <summary>
/// A pre-notice in force on the unit (预告登记). A lapsed, cancelled or used one leaves the register's current state, so
/// every pre-notice the rules see is effective; the register's entry records no price or secured amount.
/// </summary>
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
}
