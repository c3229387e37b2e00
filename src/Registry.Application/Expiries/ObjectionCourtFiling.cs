namespace Registry.Application.Expiries;

/// <summary>
/// The objector's lawsuit (or arbitration) filed within 15 days of the objection's booking (民法典 220 para 2): recorded by
/// <see cref="IRegisterExpiryService.RecordCourtFilingAsync"/> as the objection's lapse cancelled with this outcome, and
/// read back by the review (an objection with a filing does not lapse).
/// </summary>
public static class ObjectionCourtFiling
{
    /// <summary>The start of the cancelled lapse's outcome; the filing document follows.</summary>
    public const string OutcomePrefix = "起诉/仲裁受理材料已提交，异议登记不失效：";

    /// <summary>True when <paramref name="expiry"/> is an objection's lapse cancelled by a court filing.</summary>
    public static bool IsFiled(RegisterExpiryRecord? expiry) =>
        expiry is { Kind: RegisterExpiryKind.ObjectionLapse, Status: RegisterExpiryStatus.Cancelled, Outcome: { } outcome }
        && outcome.StartsWith(OutcomePrefix, StringComparison.Ordinal);
}
