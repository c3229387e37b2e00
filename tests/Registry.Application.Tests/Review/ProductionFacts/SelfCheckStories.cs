using Registry.Application.Recording.Effects;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Register;
using static Registry.Application.Tests.Review.ProductionFacts.People;
using static Registry.Application.Tests.Review.ProductionFacts.ReviewStories;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>How a finished story's case gets booked.</summary>
public enum Booking
{
    /// <summary>The engine's record step (CaseRecordWriter): register effects, certificate number, booking report; the outbox is then dispatched.</summary>
    Product,

    /// <summary>As <see cref="Product"/>, but the reporting adapter never ran (the outbox is not dispatched).</summary>
    ProductUndelivered,

    /// <summary>Marked recorded without the record step — a case booked before or outside this product (migrated data).</summary>
    Migrated,
}

/// <summary>A finished case: a <see cref="Story"/> booked by <see cref="Booking"/>, by <see cref="BookedBy"/>, then optionally a certificate re-typed.</summary>
/// <remarks>A product booking is followed by the certificate step (缮证发证: the case completed) unless it stays undelivered or migrated.
/// <see cref="OnSaturday"/> books five days later, on a Saturday without recorded overtime, and the clock then moves on to Monday.</remarks>
public sealed record FinishedStory(Story Case, Booking Booking = Booking.Product, string BookedBy = "登簿员01", string? RetypedCertificate = null, int DaysLater = 0, bool OnSaturday = false);

/// <summary>For every self-check rule, finished cases booked through the product on which it must pass and must fire.</summary>
internal static class SelfCheckStories
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly IReadOnlyDictionary<string, (FinishedStory Pass, FinishedStory[] Fail)> All = new Dictionary<string, (FinishedStory, FinishedStory[])>
    {
        ["REG-QC-PRENOTICE-AT-BOOKING"] = (new(PreNoticed().With("PRE_NOTICE_HOLDER_CONSENT")), [new(PreNoticed())]),
        ["REG-QC-KIND-MATCHES-CAUSE"] = (new(Sold()), [new(Pledged() with { Cause = "Sale" })]),
        ["REG-QC-SEPARATION-OF-DUTIES"] = (new(Sold()), [new(Sold(), BookedBy: "受理员01")]),
        ["REG-QC-ENCUMBRANCE-FIELDS"] = (new(Seized(Today.AddYears(3))), [new(Seized(null))]),
        ["REG-QC-MATERIALS-CHECKLIST"] = (new(Sold()), [new(Sold().Without("SALE_CONTRACT"))]),
        ["REG-QC-CERTIFICATE-NUMBER"] = (new(Sold()), [new(Sold(), RetypedCertificate: "长丰县不动产权第0000010号")]),
        ["REG-QC-OUTPUT-MATCHES-BUSINESS"] = (new(Pledged()), [new(Pledged(), Booking.Migrated), new(Pledged(), RetypedCertificate: "皖(2026)长丰县不动产权第0900001号")]),
        ["REG-QC-CERTIFICATE-MATCHES-REGISTER"] = (new(Sold()), [new(Sold(), RetypedCertificate: "皖(2026)长丰县不动产权第0900002号")]),
        ["REG-QC-OLD-CERTIFICATE-RETIRED"] = (new(Sold()), [new(Sold().Without("CERTIFICATE"))]),
        ["REG-QC-REISSUE-MARKED"] = (new(Reissue()), [new(Reissue(), Booking.Migrated)]),
        ["REG-QC-LAND-TERM-PLAUSIBLE"] = (new(Sold()), [new(Sold() with { Register = c => [Owned(c, termEnd: new DateOnly(2100, 12, 31))] })]),
        ["REG-QC-DEPENDENT-TERM"] = (new(Pledged()), [new(Pledged(debtEnd: new DateOnly(2082, 1, 1)))]),
        ["REG-QC-SEIZURE-TERM-CAP"] = (new(Seized(Today.AddYears(3))), [new(Seized(Today.AddYears(3).AddDays(2)))]),
        ["REG-QC-LAPSES-PROCESSED"] = (new(Pledged()), [new(Pledged() with { RegisterDaysAgo = 30, Register = c => [Owned(c), Objected(c)] })]),
        ["REG-QC-WITHIN-PROMISED-LIMIT"] = (new(Sold()), [new(Sold() with { AcceptedDaysAgo = 17 })]),
        ["REG-QC-ANNOUNCEMENT-LONG-ENOUGH"] = (new(Sold()), [new(HomesteadFirst())]),
        ["REG-QC-TIMESTAMPS-MONOTONIC"] = (new(Sold()), [new(Sold(), OnSaturday: true)]),
        ["REG-QC-INSTANT-SAME-DAY"] = (new(Seized(Today.AddYears(3)) with { AcceptedDaysAgo = 0 }), [new(Seized(Today.AddYears(3)))]),
        ["REG-QC-BOOKING-REPORTED"] = (new(Sold()), [new(Sold(), Booking.Migrated)]),
        ["REG-QC-MESSAGE-ACKNOWLEDGED"] = (new(Sold(), Booking.ProductUndelivered), [new(Sold(), Booking.ProductUndelivered, DaysLater: 7)]),
    };

    private static Story Sold() => Resale() with { AcceptedDaysAgo = 3 };

    private static Story PreNoticed() => Sold() with
    {
        Register = c => [Owned(c), PreNotice(c, WangWu, PreNoticeKind.Transfer)],
        Declared = ResaleDeclaration() with { Extras = new Dictionary<string, string> { ["preNoticeHolderConsent"] = "true", ["coOwnership"] = "Sole" } },
    };

    private static Story Pledged(DateOnly? debtEnd = null) => Mortgage() with
    {
        AcceptedDaysAgo = 3,
        Declared = Mortgage().Declared with { MortgageTermStart = Today, MortgageTermEnd = debtEnd ?? Today.AddYears(20) },
    };

    private static Story Seized(DateOnly? end) => Seizure() with
    {
        AcceptedDaysAgo = 3,
        Declared = SeizureOrder(end),
    };

    private static Story Reissue() => new()
    {
        Type = "CertificateReissue",
        Cause = null,
        AcceptedDaysAgo = 3,
        Parties = [new(CasePartyRole.Holder, ZhangSan.Name, ZhangSan.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "LOSS_STATEMENT"],
        Declared = new CaseDeclaration { Extras = new Dictionary<string, string> { ["certificateTarget"] = "Ownership", ["certificatePartyIdNumber"] = ZhangSan.IdNumber } },
        Register = c => [Owned(c)],
    };

    private static Story HomesteadFirst() => new()
    {
        Type = "HomesteadFirst",
        Cause = null,
        AcceptedDaysAgo = 3,
        Parties = [new(CasePartyRole.Holder, ZhangSan.Name, ZhangSan.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID"],
        Declared = new CaseDeclaration { Extras = new Dictionary<string, string> { ["location"] = StoryRunner.Location, ["use"] = "宅基地", ["area"] = "120.5", ["coOwnership"] = "Sole" } },
        Register = null,
    };
}
