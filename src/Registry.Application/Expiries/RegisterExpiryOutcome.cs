namespace Registry.Application.Expiries;

/// <summary>What the register did with an expiry.</summary>
/// <param name="Summary">A short text for the record and the notification (e.g. 异议登记已失效).</param>
public sealed record RegisterExpiryOutcome(string Summary);
