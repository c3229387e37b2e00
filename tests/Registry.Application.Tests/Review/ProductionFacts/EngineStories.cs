using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFlow;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Register;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Workflows.Runtime;
using static Registry.Application.Tests.Review.ProductionFacts.People;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>
/// Stories that need the workflow engine itself: an ex-officio correction (依职权更正, catalogue-ex-officio) accepted through
/// the acceptance service, decided by first review, held at the paused party notice (通知当事人) until its 30-working-day timer
/// fires and at the paused announcement (公告) until the announcement-ended signal, then reviewed for booking by the
/// production fact builder, which reads both pauses off the workflow instance (IR 81).
/// </summary>
internal static class EngineStories
{
    /// <summary>Rules these stories prove both ways.</summary>
    public static readonly IReadOnlyList<string> Codes = ["REG-EX-OFFICIO-CORRECTION-SEQUENCE"];

    /// <summary>Calendar days the announcement stays up before it ends: index 0 passes (≥ 15 working days), 1 ends it too early.</summary>
    private static readonly int[] AnnouncementDays = [24, 8];

    /// <summary>The booking-stage review facts and, for the passing story, the finished case's self-check facts.</summary>
    public static async Task<(ReviewFacts Review, FinishedCaseFacts? Finished)> ExOfficioAsync(ProductionRegistry registry, int index)
    {
        var services = registry.Services;
        var unit = registry.NextUnit();
        var n = registry.NextNumber();
        var now = registry.Time.GetUtcNow();
        var book = UnitRegister.Open(new ImmovableUnit(unit, UnitKind.Household, StoryRunner.Location, "住宅", 98.56m));
        services.GetRequiredService<IRegisterEffectApplier>().Apply([book],
            [new CreateOwnership(unit.Value, ReviewStories.HouseRight, CoOwnership.Sole, [new HolderSpec(ZhangSan.Name, ZhangSan.IdNumber)],
                CertificateNumber.Create("皖", 2020, "长丰县", CertificateSeries.Right, 800_000 + n).ToString())],
            new RecordingContext(registry.NextCase(registry.Today.AddDays(-400)), now.AddDays(-400).AddHours(-1), now.AddDays(-400)));
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
        }

        await services.GetRequiredService<ISharedDataFeed>().RecordIdentityAsync(ZhangSan.Name, ZhangSan.IdNumber);
        string number;
        await using (var scope = services.CreateAsyncScope())
        {
            var accepted = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
            {
                BusinessType = "CorrectionExOfficio",
                Units = [unit.Value],
                Parties = [new AcceptanceParty("Holder", ZhangSan.Name, ZhangSan.IdNumber)],
                Facts = new Dictionary<string, string> { ["coOwnership"] = "Sole" },
                Materials = ["PROOF_OF_ERROR", "CORRECTION_NOTICE"],
            }, "acceptor");
            number = accepted.Case.Number.Value;
        }

        await DecideAsync(services, number, "reviewer1", RegistryRoles.FirstReview, "登记簿记载与原始材料不一致，拟依职权更正，先书面通知权利人。");

        // The party notice's timer fires after 30 working days (here about 7 weeks, over New Year); then the announcement.
        registry.Time.Advance(TimeSpan.FromDays(49));
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseTimers>().FireDueAsync();
        }

        registry.Time.Advance(TimeSpan.FromDays(AnnouncementDays[index]));
        await using (var scope = services.CreateAsyncScope())
        {
            var registrationCase = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number));
            var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().SignalAsync(registrationCase!.WorkflowInstanceId!.Value, "announcement-ended", "system");
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().SyncAsync(number, instance, "system");
        }

        ReviewFacts review;
        await using (var scope = services.CreateAsyncScope())
        {
            var registrationCase = (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number)))!;
            review = Assert.Single(await scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>().BuildAsync(registrationCase, RuleStage.Book));
        }

        if (index != 0)
        {
            return (review, null);
        }

        // The passing story goes on to booking; the self-check reads the same announcement off the finished case.
        await DecideAsync(services, number, "reviewer2", RegistryRoles.SecondReview, "公告期满无异议，同意更正。");
        await DecideAsync(services, number, "approver", RegistryRoles.Approver, "同意依职权更正。");
        await using (var scope = services.CreateAsyncScope())
        {
            var booked = (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number)))!;
            return (review, await scope.ServiceProvider.GetRequiredService<FinishedCaseFactsBuilder>().BuildAsync(booked));
        }
    }

    private static async Task DecideAsync(IServiceProvider services, string number, string user, string role, string opinion)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, user, [role], new DecisionRequest { Kind = DecisionKind.Approve, Opinion = opinion });
    }
}
