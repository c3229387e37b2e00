using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Application.SharedData;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>Tells a <see cref="Story"/> to the product and returns what its production fact builder sees.</summary>
internal static class StoryRunner
{
    public const string Location = "长丰县水湖镇阳光花园22栋1单元0405室";

    public static async Task<(RegistrationCase Case, ReviewFacts Facts)> BuildAsync(ProductionRegistry registry, Story story)
    {
        var stored = await SetUpAsync(registry, story);
        await using var scope = registry.Services.CreateAsyncScope();
        var facts = await scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>().BuildAsync(stored, story.Stage);
        return (stored, Assert.Single(facts));
    }

    /// <summary>Books the starting register, pushes the shared data and accepts the case; returns the stored case.</summary>
    public static async Task<RegistrationCase> SetUpAsync(ProductionRegistry registry, Story story)
    {
        var services = registry.Services;
        var now = registry.Time.GetUtcNow();
        var today = registry.Today;
        var unit = registry.NextUnit();
        var other = registry.NextUnit();
        var n = registry.NextNumber();
        var certificate = CertificateNumber.Create("皖", 2020, "长丰县", CertificateSeries.Right, 100_000 + n).ToString();
        var context = new StoryContext(unit.Value, certificate, other.Value, n);
        var applier = services.GetRequiredService<IRegisterEffectApplier>();

        // The neighbouring parcel (for easements): owned by 王五.
        await AddRegisterAsync(registry, applier, UnitCode.Parse(other.Value), "住宅",
            [new Registry.Application.Recording.Effects.CreateOwnership(other.Value, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(People.WangWu.Name, People.WangWu.IdNumber)],
                CertificateNumber.Create("皖", 2020, "长丰县", CertificateSeries.Right, 500_000 + n).ToString()), .. story.OtherRegister?.Invoke(context) ?? []], now.AddDays(-400));
        if (story.Register is { } effects)
        {
            var book = await AddRegisterAsync(registry, applier, unit, story.Use, [.. effects(context)], now.AddDays(-story.RegisterDaysAgo));
            if (story.ObjectionCourtFiled)
            {
                // The objector sued within 15 days (民法典 220): booked objections are tracked and the filing recorded on them.
                var expiries = services.GetRequiredService<Registry.Application.Expiries.IRegisterExpiryService>();
                foreach (var objection in book.Current.Objections)
                {
                    await expiries.TrackObjectionAsync(unit.Value, objection.Id.ToString(), objection.BookedOn);
                    await expiries.RecordCourtFilingAsync(objection.Id.ToString(), $"(2026)皖0121民初{n}号");
                }
            }
        }

        var feed = services.GetRequiredService<ISharedDataFeed>();
        var cases = services.GetRequiredService<ICaseRepository>();
        var acceptedAt = now.AddDays(-story.AcceptedDaysAgo);
        foreach (var type in story.OtherOpenCases)
        {
            var earlier = registry.NextCase(today.AddDays(-story.AcceptedDaysAgo - 1));
            await cases.AddAsync(RegistrationCase.Accept(earlier, type, acceptedAt.AddDays(-1), "受理员01", CaseChannel.Counter, null,
                [new CaseParty(CasePartyRole.Applicant, People.Person(People.LiSi))], [unit]));
        }

        var parties = story.Parties.Select((p, i) => p.Document is { } document
            ? CaseParty.Create(i, p.Role, document, p.Name, p.IdNumber, p.Share, today, p.IsApplicant)
            : CaseParty.Create(i, p.Role, IsOrganisation(p.IdNumber, today), p.Name, p.IdNumber, p.Share, today, p.IsApplicant)).ToList();
        var declared = story.Declared.CertificateNo == "{cert}" ? story.Declared with { CertificateNo = certificate } : story.Declared;
        var number = registry.NextCase(DateOnly.FromDateTime(acceptedAt.AddHours(8).DateTime));
        var registrationCase = RegistrationCase.Accept(number, story.Type, acceptedAt, "受理员01", story.Channel, story.Cause, parties, [unit], declared,
            [.. story.Materials.Distinct().Select(m => new ReceivedMaterial(m, 1, null, acceptedAt)),
             .. story.SharedMaterials.Distinct().Select(m => new ReceivedMaterial(m, 1, null, acceptedAt, viaDataSharing: true))]);
        await cases.AddAsync(registrationCase);

        foreach (var p in story.Parties)
        {
            if (story.IdentityDetails.TryGetValue(p.IdNumber, out var details))
            {
                await feed.RecordIdentityDetailsAsync(p.Name, p.IdNumber, details.ValidUntil, details.CapacityRuling);
            }
            else if (story.VerifyIdentities)
            {
                await feed.RecordIdentityAsync(p.Name, p.IdNumber);
            }
        }

        foreach (var (id, (status, spouse)) in story.Marriages)
        {
            await feed.RecordMarriageAsync(id, status, spouse is null ? null : "配偶", spouse);
        }

        if (story.Contract)
        {
            var sellers = story.Parties.Where(p => p.Role is CasePartyRole.Transferor or CasePartyRole.Developer).Select(p => (p.Name, p.IdNumber)).ToList();
            var buyers = story.ContractBuyers ?? [.. story.Parties.Where(p => p.Role == CasePartyRole.Transferee).Select(p => (p.Name, p.IdNumber))];
            await feed.RecordContractAsync($"WQ-P-{n}", story.ContractOnOtherUnit ? other.Value : unit.Value, story.ContractPrice ?? declared.DeclaredPrice ?? 0m, today.AddDays(-7), sellers, buyers);
            if (story.ContractNotFiled)
            {
                await feed.RecordContractFilingAsync($"WQ-P-{n}", filed: false);
            }
        }

        if (story.MaintenanceFundPaid is { } fund)
        {
            await feed.RecordMaintenanceFundAsync(unit.Value, fund);
        }

        if (story.TaxPaid)
        {
            await feed.RecordTaxPaymentAsync(number.Value, 10_000m, $"SW-P-{n}");
        }

        if (story.CourtDocument is { } court && declared.CourtDocumentNo is { } document)
        {
            await feed.RecordCourtDocumentAsync(document, declared.EntrustingAuthority ?? "长丰县人民法院", court.InForce, court.ThisUnit ? unit.Value : other.Value);
        }

        for (var i = 0; i < story.Restrictions.Count; i++)
        {
            var r = story.Restrictions[i];
            await feed.RecordUnitRestrictionAsync($"XZ-P-{n}-{i}", unit.Value, r.Kind, r.Authority, r.CoveredTypes, r.Released);
        }

        return (await cases.FindAsync(number))!;
    }

    private static bool IsOrganisation(string id, DateOnly today) =>
        !ResidentIdNumber.TryParse(id, today, out _, out _) && UnifiedSocialCreditCode.TryParse(id, out _, out _);

    private static async Task<UnitRegister> AddRegisterAsync(ProductionRegistry registry, IRegisterEffectApplier applier, UnitCode code, string use, IReadOnlyList<RegisterEffect> effects, DateTimeOffset start)
    {
        var book = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, Location, use, 98.56m));
        for (var i = 0; i < effects.Count; i++)
        {
            var at = start.AddMinutes(i);
            applier.Apply([book], [effects[i]], new RecordingContext(registry.NextCase(DateOnly.FromDateTime(at.AddHours(8).DateTime)), at.AddHours(-1), at));
        }

        await using var scope = registry.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
        return book;
    }
}
