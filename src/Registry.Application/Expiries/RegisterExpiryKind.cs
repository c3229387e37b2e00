namespace Registry.Application.Expiries;

/// <summary>Register entries that end on their own date.</summary>
public enum RegisterExpiryKind
{
    /// <summary>An objection (异议登记) lapses 15 calendar days after booking without a court or arbitration filing (Civil Code 220).</summary>
    ObjectionLapse = 0,

    /// <summary>A pre-notice (预告登记) lapses 90 days after the main registration became possible (Civil Code 221).</summary>
    PreNoticeLapse = 1,

    /// <summary>A seizure (查封) of real property ends at its term (at most 3 years) unless renewed (续封).</summary>
    SeizureExpiry = 2,
}
