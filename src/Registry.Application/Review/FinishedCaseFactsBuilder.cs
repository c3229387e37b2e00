using Registry.Application.Register;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Register;

namespace Registry.Application.Review;

/// <summary>
/// Builds the <see cref="FinishedCaseFacts"/> of a recorded or completed case for the quality self-check (质检自检):
/// timestamps and users from the status history, the right, mortgage or seizure the case booked and the unit's
/// register as it stood just before booking, all read from the register book.
/// </summary>
public sealed class FinishedCaseFactsBuilder(IRegisterRepository register, IWorkingDayCounter workingDays, TimeProvider time)
{
    /// <summary>Reason on a status move done outside working days with recorded overtime (加班); such steps are not flagged.</summary>
    public const string OvertimeReason = "加班";

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Builds the facts; null when the case was never recorded (nothing to self-check).</summary>
    public async Task<FinishedCaseFacts?> BuildAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var c = registrationCase;
        if (c.EnteredAt(CaseStatus.Recorded) is not { } bookedAt)
        {
            return null;
        }

        var today = RuleDates.Today(time, OfficeTimeZone.China);
        var number = c.Number;
        BookedRightFacts? right = null;
        MortgageFacts? mortgage = null;
        SeizureFacts? seizure = null;
        UnitSnapshot? before = null;
        var lapses = 0;
        if (c.Units.Count > 0 && await register.FindAsync(c.Units[0], cancellationToken) is { } unitRegister)
        {
            var entries = unitRegister.Entries.Where(e => e.CaseNumber == number).ToList();
            var recordedAt = entries.Count > 0 ? entries.Min(e => e.RecordedAt) : bookedAt;
            before = UnitSnapshotMapper.ToFacts(unitRegister.AsOf(recordedAt.AddTicks(-1)));
            var after = unitRegister.AsOf(recordedAt);
            if (entries.OfType<OwnershipEntry>().FirstOrDefault() is { } o)
            {
                right = RightOf(unitRegister, o, UnitSnapshotMapper.ToFacts(after).Holders);
            }

            if (entries.OfType<MortgageEntry>().FirstOrDefault() is { } m)
            {
                // The burdened right, with the booked debt term as its dependent term (QC-Y-02: not past the land term).
                if (right is null && after.Ownership is { } burdened)
                {
                    right = RightOf(unitRegister, burdened, UnitSnapshotMapper.ToFacts(after).Holders) with
                    {
                        DependentTermEnd = c.Declared.MortgageTermEnd ?? m.DebtEnd,
                    };
                }

                mortgage = UnitSnapshotMapper.ToFacts(after).Mortgages.FirstOrDefault(x => x.BookedOn == DateOf(m.RecordedAt) && x.Amount == m.Amount);
            }

            if (entries.OfType<SeizureEntry>().FirstOrDefault() is { } s)
            {
                seizure = new SeizureFacts
                {
                    Kind = s.State == SeizureState.Active ? SeizureKind.Seizure : SeizureKind.Waiting,
                    Authority = s.Authority,
                    RulingNo = s.RulingNumber,
                    DeliveredAt = s.DeliveredAt,
                    Start = s.Start ?? DateOf(s.RecordedAt),
                    End = s.End,
                };
            }

            // Objections past their 15 days and still open on the register are lapses nobody has processed (QC-Y-04).
            lapses = unitRegister.Current.Objections.Count(x => x.LapsesOn < today);
        }

        var accepted = DateOf(c.AcceptedAt);
        var booked = DateOf(bookedAt);
        var certificate = c.IssuedCertificateNo;
        return new FinishedCaseFacts
        {
            CaseNo = number.Value,
            BusinessType = c.BusinessType,
            Cause = c.Cause,
            RegistrationKind = RegistrationKindOf(c.BusinessType),
            // In China time: the rules compare calendar days (.Date) of these instants; storage returns them in UTC.
            AcceptedAt = c.AcceptedAt.ToOffset(China),
            ReviewedAt = c.EnteredAt(CaseStatus.UnderReview)?.ToOffset(China),
            ApprovedAt = c.EnteredAt(CaseStatus.Approved)?.ToOffset(China),
            BookedAt = bookedAt.ToOffset(China),
            CertificateIssuedAt = certificate is null ? null : c.EnteredAt(CaseStatus.Completed)?.ToOffset(China),
            AcceptedBy = c.AcceptedBy,
            BookedBy = c.EnteredBy(CaseStatus.Recorded) ?? string.Empty,
            PromisedWorkingDays = PromisedWorkingDays(c.BusinessType),
            WorkingDaysUsed = workingDays.Count(accepted, booked),
            AllStepsOnWorkingDays = c.History.All(h => h.Reason == OvertimeReason || workingDays.IsWorkingDay(DateOf(h.At))),
            OutputKind = certificate is null ? "None" : certificate.Contains("证明", StringComparison.Ordinal) ? "RegProof" : "RightCert",
            CertificateNo = certificate,
            Materials = [.. c.Materials.Select(m => m.Code).Distinct(StringComparer.Ordinal)],
            Right = right,
            Mortgage = mortgage,
            Seizure = seizure,
            UnitAtBooking = before,
            Reported = c.ReportedAt is not null,
            ReportAcknowledgedAt = c.ReportAcknowledgedAt?.ToOffset(China),
            WorkingDaysUnacknowledged = c.ReportedAt is { } reported && c.ReportAcknowledgedAt is null ? workingDays.Count(DateOf(reported), today) : 0,
            Today = today,
            UnprocessedLapses = lapses,
        };
    }

    private static BookedRightFacts RightOf(UnitRegister unitRegister, OwnershipEntry o, IReadOnlyList<HolderFacts> holders) => new()
    {
        UnitCode = unitRegister.Unit.Code.Value,
        Location = unitRegister.Unit.Location,
        Area = unitRegister.Unit.Area,
        Use = UnitSnapshotMapper.UseCode(unitRegister.Unit.Use),
        RightType = UnitSnapshotMapper.RightTypeCode(o.RightType),
        RightNature = "Granted",
        CoOwnershipType = o.CoOwnership switch
        {
            CoOwnership.Joint => CoOwnershipType.Joint,
            CoOwnership.ByShares => CoOwnershipType.ByShares,
            _ => CoOwnershipType.Sole,
        },
        Holders = holders,
        LandTermStart = o.TermStart,
        LandTermEnd = o.TermEnd,
    };

    /// <summary>Registration kind (登记类型) of a business type code.</summary>
    public static string RegistrationKindOf(string businessType)
    {
        ArgumentNullException.ThrowIfNull(businessType);
        return businessType switch
        {
            _ when businessType.Contains("Seizure", StringComparison.Ordinal) => "Seizure",
            _ when businessType.StartsWith("PreNotice", StringComparison.Ordinal) => "PreNotice",
            _ when businessType.StartsWith("Objection", StringComparison.Ordinal) => "Objection",
            _ when businessType.StartsWith("Correction", StringComparison.Ordinal) => "Correction",
            _ when businessType.StartsWith("Certificate", StringComparison.Ordinal) => "CertificateService",
            _ when businessType.EndsWith("Cancel", StringComparison.Ordinal) => "Cancellation",
            _ when businessType.Contains("Transfer", StringComparison.Ordinal) => "Transfer",
            _ when businessType.EndsWith("First", StringComparison.Ordinal) => "First",
            _ => "Change",
        };
    }

    // TL-INSTANT types are booked the same day; the rest promise 5 working days (time-limits-and-calendar.md).
    private static int PromisedWorkingDays(string businessType) =>
        businessType.Contains("Seizure", StringComparison.Ordinal) || businessType.StartsWith("Objection", StringComparison.Ordinal) ? 1 : 5;

    private static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);
}
