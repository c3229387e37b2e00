namespace Registry.Application.Review.Facts;

/// <summary>A finished (booked) case as the quality self-check (质检自检) sees it.</summary>
public sealed record FinishedCaseFacts
{
    /// <summary>Acceptance number.</summary>
    public required string CaseNo { get; init; }

    /// <summary>Business type.</summary>
    public required string BusinessType { get; init; }

    /// <summary>Cause (Sale, Gift, Inheritance…).</summary>
    public string? Cause { get; init; }

    /// <summary>Kind booked: First, Change, Transfer, Cancellation, Correction, Objection, PreNotice, Seizure, CertificateService.</summary>
    public required string RegistrationKind { get; init; }

    /// <summary>Accepted.</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>Reviewed.</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>Approved.</summary>
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>Booked.</summary>
    public required DateTimeOffset BookedAt { get; init; }

    /// <summary>Certificate issued.</summary>
    public DateTimeOffset? CertificateIssuedAt { get; init; }

    /// <summary>User who accepted.</summary>
    public required string AcceptedBy { get; init; }

    /// <summary>User who booked.</summary>
    public required string BookedBy { get; init; }

    /// <summary>Office policy requires different people to accept and book.</summary>
    public bool SeparationRequired { get; init; } = true;

    /// <summary>Promised time limit of the type, working days.</summary>
    public int PromisedWorkingDays { get; init; } = 5;

    /// <summary>Working days from acceptance to booking after exclusions (computed by the caller from the calendar).</summary>
    public int WorkingDaysUsed { get; init; }

    /// <summary>The type needs an announcement.</summary>
    public bool AnnouncementRequired { get; init; }

    /// <summary>Working days between announcement start and booking.</summary>
    public int? AnnouncementWorkingDays { get; init; }

    /// <summary>Every step is dated on a working day (or recorded overtime).</summary>
    public bool AllStepsOnWorkingDays { get; init; } = true;

    /// <summary>RightCert, RegProof or None.</summary>
    public string OutputKind { get; init; } = "None";

    /// <summary>Certificate or proof number issued.</summary>
    public string? CertificateNo { get; init; }

    /// <summary>Every printed field equals the register.</summary>
    public bool CertificateMatchesRegister { get; init; } = true;

    /// <summary>The old certificate is recorded collected or announced void (for transfers, cancellations, reissues).</summary>
    public bool OldCertificateRetired { get; init; } = true;

    /// <summary>A reissued certificate.</summary>
    public bool IsReissue { get; init; }

    /// <summary>Reissued certificate carries 补发 and the reissue is recorded.</summary>
    public bool ReissueMarked { get; init; }

    /// <summary>Material codes on file, including those obtained through data sharing.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>The right booked, for ownership and use-right types.</summary>
    public BookedRightFacts? Right { get; init; }

    /// <summary>The mortgage booked, for mortgage types.</summary>
    public MortgageFacts? Mortgage { get; init; }

    /// <summary>The seizure booked, for seizure types.</summary>
    public SeizureFacts? Seizure { get; init; }

    /// <summary>The unit's register as it was at booking time (for re-checking restrictions).</summary>
    public UnitSnapshot? UnitAtBooking { get; init; }

    /// <summary>A data-exchange message was sent to the platform (上报).</summary>
    public bool Reported { get; init; } = true;

    /// <summary>When the platform acknowledged the message.</summary>
    public DateTimeOffset? ReportAcknowledgedAt { get; init; }

    /// <summary>Working days the message has stayed unacknowledged (0 when acknowledged).</summary>
    public int WorkingDaysUnacknowledged { get; init; }

    /// <summary>The periodic increment comparison found this case consistent.</summary>
    public bool IncrementMatchesPlatform { get; init; } = true;

    /// <summary>Today's date (for lapse checks).</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Objections, pre-notices, seizures or residence rights on the unit past their term and not yet dealt with.</summary>
    public int UnprocessedLapses { get; init; }

    /// <summary>The booking date.</summary>
    public DateOnly BookedOn => DateOnly.FromDateTime(BookedAt.Date);

    /// <summary>True when booked on the day of acceptance (TL-INSTANT).</summary>
    public bool BookedSameDay => AcceptedAt.Date == BookedAt.Date;

    /// <summary>True when acceptance ≤ review ≤ approval ≤ booking ≤ certificate issue (missing steps skipped).</summary>
    public bool TimestampsMonotonic
    {
        get
        {
            var last = AcceptedAt;
            foreach (var t in new[] { ReviewedAt, ApprovedAt, (DateTimeOffset?)BookedAt, CertificateIssuedAt })
            {
                if (t is { } v)
                {
                    if (v < last)
                    {
                        return false;
                    }

                    last = v;
                }
            }

            return true;
        }
    }
}
