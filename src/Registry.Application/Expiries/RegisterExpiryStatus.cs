namespace Registry.Application.Expiries;

/// <summary>Where a register expiry stands.</summary>
public enum RegisterExpiryStatus
{
    /// <summary>Waiting for its date.</summary>
    Pending = 0,

    /// <summary>Claimed by a sweep; the handler is running.</summary>
    Processing = 1,

    /// <summary>The handler ran; see the outcome.</summary>
    Handled = 2,

    /// <summary>Cancelled before its date (court filing, entry cancelled, renewal replaced it).</summary>
    Cancelled = 3,
}
