using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>One passing and one failing finished case per self-check rule code.</summary>
internal static class SelfCheckRuleCases
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 18, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly IReadOnlyDictionary<string, (Func<FinishedCaseFacts> Pass, Func<FinishedCaseFacts> Fail)> All =
        new Dictionary<string, (Func<FinishedCaseFacts>, Func<FinishedCaseFacts>)>
        {
            ["REG-QC-PRENOTICE-AT-BOOKING"] = (CleanFinished, () => CleanFinished() with { UnitAtBooking = CleanFinished().UnitAtBooking! with { PreNotices = [PreNotice()] } }),
            ["REG-QC-KIND-MATCHES-CAUSE"] = (CleanFinished, () => CleanFinished() with { RegistrationKind = "Change" }),
            ["REG-QC-SEPARATION-OF-DUTIES"] = (CleanFinished, () => CleanFinished() with { BookedBy = "acceptor1" }),
            ["REG-QC-ENCUMBRANCE-FIELDS"] = (
                () => CleanFinished() with { Mortgage = Mortgage() with { DebtEnd = new DateOnly(2046, 1, 1) } },
                () => CleanFinished() with { Mortgage = Mortgage() }),
            ["REG-QC-MATERIALS-CHECKLIST"] = (CleanFinished, () => CleanFinished() with { Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "TAX_RECEIPT"] }),
            ["REG-QC-CERTIFICATE-NUMBER"] = (
                () => CleanFinished() with { CertificateNo = "赣（2026）南昌市不动产权第0023456号" }, // full-width brackets accepted
                () => CleanFinished() with { CertificateNo = "赣(2026)南昌市不动产权第23456号" }),
            ["REG-QC-OUTPUT-MATCHES-BUSINESS"] = (CleanFinished, () => CleanFinished() with { OutputKind = "RegProof", CertificateNo = "赣(2026)南昌市不动产证明第0023456号" }),
            ["REG-QC-CERTIFICATE-MATCHES-REGISTER"] = (CleanFinished, () => CleanFinished() with { CertificateMatchesRegister = false }),
            ["REG-QC-OLD-CERTIFICATE-RETIRED"] = (CleanFinished, () => CleanFinished() with { OldCertificateRetired = false }),
            ["REG-QC-REISSUE-MARKED"] = (
                () => CleanFinished() with { BusinessType = "CertificateReissue", IsReissue = true, ReissueMarked = true },
                () => CleanFinished() with { BusinessType = "CertificateReissue", IsReissue = true }),
            ["REG-QC-LAND-TERM-PLAUSIBLE"] = (
                () => CleanFinished() with { Right = CleanFinished().Right! with { LandTermEnd = new DateOnly(2080, 1, 1) } }, // exactly 70 years
                () => CleanFinished() with { Right = CleanFinished().Right! with { LandTermEnd = new DateOnly(2080, 1, 2) } }),
            ["REG-QC-DEPENDENT-TERM"] = (CleanFinished, () => CleanFinished() with { Right = CleanFinished().Right! with { DependentTermEnd = new DateOnly(2081, 1, 1) } }),
            ["REG-QC-SEIZURE-TERM-CAP"] = (
                () => Seized() with { Seizure = Seizure(start: new DateOnly(2026, 1, 1), end: new DateOnly(2029, 1, 1)) },
                () => Seized() with { Seizure = Seizure(start: new DateOnly(2026, 1, 1), end: new DateOnly(2029, 1, 2)) }),
            ["REG-QC-LAPSES-PROCESSED"] = (CleanFinished, () => CleanFinished() with { UnprocessedLapses = 1 }),
            ["REG-QC-WITHIN-PROMISED-LIMIT"] = (
                () => CleanFinished() with { WorkingDaysUsed = 5 }, // exactly the promised limit
                () => CleanFinished() with { WorkingDaysUsed = 6 }),
            ["REG-QC-ANNOUNCEMENT-LONG-ENOUGH"] = (
                () => CleanFinished() with { AnnouncementRequired = true, AnnouncementWorkingDays = 15 },
                () => CleanFinished() with { AnnouncementRequired = true, AnnouncementWorkingDays = 14 }),
            ["REG-QC-TIMESTAMPS-MONOTONIC"] = (CleanFinished, () => CleanFinished() with { ApprovedAt = CleanFinished().BookedAt.AddHours(1) }),
            ["REG-QC-INSTANT-SAME-DAY"] = (Seized, () => Seized() with { BookedAt = Morning.AddDays(1) }),
            ["REG-QC-BOOKING-REPORTED"] = (CleanFinished, () => CleanFinished() with { Reported = false }),
            ["REG-QC-MESSAGE-ACKNOWLEDGED"] = (
                () => CleanFinished() with { WorkingDaysUnacknowledged = 1 },
                () => CleanFinished() with { WorkingDaysUnacknowledged = 2 }),
        };

    private static FinishedCaseFacts Seized() => CleanFinished() with
    {
        BusinessType = "JudicialSeizure",
        Cause = null,
        RegistrationKind = "Seizure",
        AcceptedAt = Morning,
        ReviewedAt = null,
        ApprovedAt = null,
        BookedAt = Morning.AddHours(2),
        CertificateIssuedAt = null,
        OutputKind = "None",
        CertificateNo = null,
        Right = null,
        Materials = ["OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING"],
        Seizure = Seizure(),
    };
}
