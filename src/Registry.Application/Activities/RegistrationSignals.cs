using System.Collections.Frozen;

namespace Registry.Application.Activities;

/// <summary>
/// The external signals registration's workflows wait for (a wait node's <c>signal</c>, offered by a designer's signal
/// picker); publishing refuses a definition that waits for any other.
/// </summary>
public static class RegistrationSignals
{
    /// <summary>The tax bureau's payment record (完税).</summary>
    public const string TaxPaid = "tax-paid";

    /// <summary>The announcement period (公告) ended without a valid objection.</summary>
    public const string AnnouncementEnded = "announcement-ended";

    /// <summary>A party applied (e.g. after an ex-officio notice).</summary>
    public const string PartyApplied = "party-applied";

    /// <summary>Every signal.</summary>
    public static IReadOnlySet<string> All { get; } = new[] { TaxPaid, AnnouncementEnded, PartyApplied }.ToFrozenSet(StringComparer.Ordinal);
}
