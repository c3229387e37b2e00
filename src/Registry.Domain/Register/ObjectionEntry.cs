using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>Objection (异议登记). Lapses 15 calendar days after the day it was booked, in China time (OBJ-02).</summary>
public sealed class ObjectionEntry : RegisterEntry
{
    /// <summary>China has one time zone and no daylight saving: UTC+8.</summary>
    internal static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    internal ObjectionEntry(Guid id, CaseNumber caseNumber, DateTimeOffset recordedAt, Party applicant, string reason)
        : base(id, caseNumber, recordedAt)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("reason", "objection reason is required");
        }

        Applicant = applicant;
        Reason = reason.Trim();
    }

    /// <inheritdoc />
    public override RegisterEntryKind Kind => RegisterEntryKind.Objection;

    /// <summary>Applicant (异议申请人).</summary>
    public Party Applicant { get; }

    /// <summary>What the applicant says is wrong.</summary>
    public string Reason { get; }

    /// <summary>The day the objection was booked, in China time.</summary>
    public DateOnly BookedOn => DateOnly.FromDateTime(RecordedAt.ToOffset(ChinaOffset).DateTime);

    /// <summary>The day the objection lapses without a court or arbitration filing: booked day + 15 calendar days.</summary>
    public DateOnly LapsesOn => BookedOn.AddDays(15);

    /// <inheritdoc />
    public override string Describe() => $"Objection by {Applicant.Name}: {Reason} (lapses {LapsesOn:yyyy-MM-dd})";
}
