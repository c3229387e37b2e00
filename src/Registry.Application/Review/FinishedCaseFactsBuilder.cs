using Registry.Application.Catalogue;
using Registry.Application.Register;
using Registry.Application.Review.Facts;
using Registry.Application.Review.Reporting;
using Registry.Domain.Cases;
using Registry.Domain.Register;
using Registry.Workflows.Runtime;

namespace Registry.Application.Review;

/// <summary>
/// Builds the <see cref="FinishedCaseFacts"/> of a recorded or completed case for the quality self-check (质检自检):
/// timestamps and users from the status history, the right, mortgage or seizure the case booked and the unit's
/// register as it stood just before booking, all read from the register book; the booking report (上报) from the
/// report events (<see cref="IBookingReportLog"/>); the announcement from the workflow instance's paused clock.
/// </summary>
public sealed class FinishedCaseFactsBuilder(
    IRegisterRepository register,
    IWorkingDayCounter workingDays,
    TimeProvider time,
    IBookingReportLog? reports = null,
    IWorkflowInstanceStore? instances = null,
    IBusinessTypeCatalogue? catalogue = null)
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
        var bookedNumbers = new List<string>();
        var supersededNumbers = new List<string>();
        if (c.Units.Count > 0 && await register.FindAsync(c.Units[0], cancellationToken) is { } unitRegister)
        {
            var entries = unitRegister.Entries.Where(e => e.CaseNumber == number).ToList();
            var recordedAt = entries.Count > 0 ? entries.Min(e => e.RecordedAt) : bookedAt;
            before = UnitSnapshotMapper.ToFacts(unitRegister.AsOf(recordedAt.AddTicks(-1)));
            var after = unitRegister.AsOf(recordedAt);
            bookedNumbers.AddRange(entries.Select(NumberOf).OfType<string>());
            supersededNumbers.AddRange(unitRegister.Entries.Where(e => e.ClosedByCaseNumber == number && e.CaseNumber != number).Select(NumberOf).OfType<string>());
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
        var report = reports is null ? null : await reports.FindAsync(number.Value, cancellationToken);
        var (announcementRequired, announcementDays) = await AnnouncementAsync(c, cancellationToken);
        var isReissue = c.BusinessType is "CertificateReissue" or "CertificateReplace";
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
            PromisedWorkingDays = PromisedWorkingDays(c.BusinessType, booked),
            WorkingDaysUsed = workingDays.Count(accepted, booked),
            AllStepsOnWorkingDays = c.History.All(h => h.Reason == OvertimeReason || workingDays.IsWorkingDay(DateOf(h.At))),
            OutputKind = certificate is null ? "None" : certificate.Contains("证明", StringComparison.Ordinal) ? "RegProof" : "RightCert",
            CertificateNo = certificate,
            Materials = [.. c.Materials.Select(m => m.Code).Distinct(StringComparer.Ordinal)],
            Right = right,
            Mortgage = mortgage,
            Seizure = seizure,
            UnitAtBooking = before,
            // 上报: the report event recorded at booking and its delivery by the platform adapter (not demo-only case fields).
            Reported = report is not null,
            ReportAcknowledgedAt = report?.DeliveredAt?.ToOffset(China),
            WorkingDaysUnacknowledged = report is { DeliveredAt: null } pending ? workingDays.Count(DateOf(pending.ReportedAt), today) : 0,
            // The printed number is the one the register booked for this case (the register keeps no other printed field).
            CertificateMatchesRegister = certificate is null || bookedNumbers.Count == 0 || bookedNumbers.Contains(certificate, StringComparer.Ordinal),
            // A certificate this case superseded must be handed in (CERTIFICATE received) or declared lost (LOSS_STATEMENT).
            OldCertificateRetired = supersededNumbers.Count == 0 || c.Materials.Any(m => m.Code is "CERTIFICATE" or "LOSS_STATEMENT"),
            IsReissue = isReissue,
            // IR 22: the reissue is recorded in the register (the old number closed by this case, a new one booked). The 补发
            // mark printed on the paper is not stored anywhere in the product, so it cannot be checked here.
            ReissueMarked = isReissue && supersededNumbers.Count > 0 && bookedNumbers.Count > 0 && !bookedNumbers.Intersect(supersededNumbers, StringComparer.Ordinal).Any(),
            AnnouncementRequired = announcementRequired,
            AnnouncementWorkingDays = announcementDays,
            Today = today,
            UnprocessedLapses = lapses,
        };
    }

    private static string? NumberOf(RegisterEntry entry) => entry switch
    {
        OwnershipEntry o => o.CertificateNumber?.ToString(),
        MortgageEntry m => m.ProofNumber?.ToString(),
        PreNoticeEntry p => p.ProofNumber?.ToString(),
        ResidenceRightEntry r => r.ProofNumber?.ToString(),
        EasementEntry e => e.ProofNumber?.ToString(),
        _ => null,
    };

    // The announcement (公告) is the catalogue-announcement workflow's paused wait on node "announcement"; its length in
    // working days is summed over the ended pauses of that node. Without the instance store nothing is known (null).
    private async Task<(bool Required, int? WorkingDays)> AnnouncementAsync(RegistrationCase c, CancellationToken cancellationToken)
    {
        var required = catalogue is not null && catalogue.TryFind(c.BusinessType, out var type) && type!.Announcement;
        if (instances is null || c.WorkflowInstanceId is not { } id || await instances.FindAsync(id, cancellationToken) is not { } instance)
        {
            return (required, null);
        }

        var ended = instance.ClockIntervals
            .Where(i => i is { Effect: ClockEffect.Paused, End: not null } && string.Equals(i.NodeId, "announcement", StringComparison.Ordinal))
            .ToList();
        return (required || ended.Count > 0, ended.Count == 0 ? null : ended.Sum(i => workingDays.Count(DateOf(i.Start), DateOf(i.End!.Value))));
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

    // The limit promised when the case was booked. TL-INSTANT types are booked the same day; otherwise the catalogue's
    // TL-n class (5 by default). The 5-working-day promise comes from 国办发〔2019〕8号 [recalled — verify]: by the end of
    // 2019 general registrations within 10 and mortgages within 5 working days, by the end of 2020 both within 5. Before
    // that only Regulation art. 20's ceiling of 30 working days bound the office, so older cases are held to that.
    private int PromisedWorkingDays(string businessType, DateOnly booked)
    {
        var instant = businessType.Contains("Seizure", StringComparison.Ordinal) || businessType.StartsWith("Objection", StringComparison.Ordinal);
        var promised = instant ? 1 : 5;
        if (catalogue is not null && catalogue.TryFind(businessType, out var type) && type is not null)
        {
            instant = type.TimeLimit == "TL-INSTANT";
            promised = instant ? 1
                : type.TimeLimit.StartsWith("TL-", StringComparison.Ordinal) && int.TryParse(type.TimeLimit.AsSpan(3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) ? days
                : promised;
        }

        if (instant)
        {
            return promised;
        }

        var mortgage = businessType.StartsWith("Mortgage", StringComparison.Ordinal);
        return booked < new DateOnly(2020, 1, 1) ? Math.Max(promised, StatutoryCeilingWorkingDays)
            : booked < new DateOnly(2021, 1, 1) ? Math.Max(promised, mortgage ? 5 : 10)
            : promised;
    }

    /// <summary>Regulation art. 20: any registration within 30 working days of acceptance.</summary>
    public const int StatutoryCeilingWorkingDays = 30;

    private static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);
}
