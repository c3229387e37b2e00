using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Examination;
using Registry.Application.Inspection;
using Registry.Application.Intake;
using Registry.Application.Ratings;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Tests.Ratings;

/// <summary>
/// 政务服务“好差评” through the product's composition on a real database and a fake clock: a refused case is rated once
/// with its code, a second rating and a rating of an open case are refused naming why, and a 差评 opens a follow-up due 15
/// working days later counted across the National Day holiday (calendars/2026.json: 1–7 Oct off, Sat 10 Oct worked), which
/// staff answer and close.
/// </summary>
public sealed class ServiceRatingTests() : ComposedRegistry("ratings", seedDemoData: false)
{
    private const string Unit = "340121001001GB00001F00010002";
    private const string SellerId = "340121198001010019";
    private const string BuyerId = "340121199003030034";
    private static readonly string[] ResaleMaterials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"];
    private static readonly InspectionActor Inspector = new("inspector1", "杨帆", [RegistryRoles.QualityInspector]);

    // Wednesday 30 Sep 2026, 10:00 China time: the day before the National Day holiday.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(_time);

    private async Task<(string Number, string Code)> AcceptAsync()
    {
        var book = UnitRegister.Open(new ImmovableUnit(UnitCode.Parse(Unit), UnitKind.Household, "长丰县水湖镇蓝湾华庭1栋1单元102室", "住宅", 89.5m));
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8));
        Services.GetRequiredService<IRegisterEffectApplier>().Apply(
            [book], [new CreateOwnership(Unit, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec("叶梓涵", SellerId)])],
            new RecordingContext(CaseNumber.Create("340121", new DateOnly(2026, 1, 5), 1), start, start));
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
        var accepted = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [Unit],
            Parties = [new AcceptanceParty("Transferor", "叶梓涵", SellerId), new AcceptanceParty("Transferee", "王五", BuyerId, Mobile: "13912345678")],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "1200000", ["coOwnership"] = "Sole" },
            Materials = ResaleMaterials,
        }, "acceptor");
        return (accepted.Case.Number.Value, accepted.QueryCode!);
    }

    private async Task RefuseAsync(string number)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, "reviewer1", [RegistryRoles.FirstReview], new DecisionRequest
        {
            Kind = DecisionKind.Reject, ReasonCode = "ART22-2", Opinion = "存在尚未解决的权属争议。",
        });
    }

    private async Task<T> WithRatingsAsync<T>(Func<RatingService, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<RatingService>());
    }

    private async Task<SatisfactionReport> ReportAsync(DateOnly from, DateOnly to)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SatisfactionIndicators>().ReportAsync(from, to);
    }

    private Task<(ServiceRating Rating, RatingFollowUp? FollowUp)> RateAsync(string number, string code, SatisfactionLevel level, params RatingReason[] reasons) =>
        WithRatingsAsync(r => r.RateAsync(new RatingRequest { CaseNumber = number, Secret = code, Level = level, Reasons = reasons, Comment = "  窗口人员解释清楚  " }));

    [Fact]
    public async Task Rate_OpenCase_IsRefusedAsStillOpen_AndNothingIsStored()
    {
        var (number, code) = await AcceptAsync();

        var refused = await Assert.ThrowsAsync<RatingRefusedException>(() => RateAsync(number, code, SatisfactionLevel.Satisfied));

        Assert.Equal((RatingRefusal.CaseOpen, "caseNumber"), (refused.Refusal, refused.Field));
        Assert.Contains(number, refused.Message, StringComparison.Ordinal);
        Assert.Null(await WithRatingsAsync(r => r.FindAsync(number, code)));
    }

    [Fact]
    public async Task Rate_EndedCase_IsStoredOnceWithTheDecidingExaminer_AndASecondRatingIsRefused()
    {
        var (number, code) = await AcceptAsync();
        await RefuseAsync(number);

        var (rating, followUp) = await RateAsync(number, code, SatisfactionLevel.VerySatisfied, RatingReason.ClearGuidance, RatingReason.Efficient);

        Assert.Null(followUp);
        var stored = await WithRatingsAsync(r => r.FindAsync(number, code));
        Assert.NotNull(stored);
        Assert.Equal((rating.Id, "reviewer1", "Rejected", "HouseTransferResale", SatisfactionLevel.VerySatisfied, "窗口人员解释清楚"),
            (stored.Id, stored.Examiner, stored.CaseStatus, stored.BusinessType, stored.Level, stored.Comment));
        Assert.Equal([RatingReason.Efficient, RatingReason.ClearGuidance], stored.Reasons);

        var twice = await Assert.ThrowsAsync<RatingRefusedException>(() => RateAsync(number, code, SatisfactionLevel.VeryDissatisfied, RatingReason.PoorAttitude));
        Assert.Equal(RatingRefusal.AlreadyRated, twice.Refusal);
        Assert.Equal(SatisfactionLevel.VerySatisfied, (await WithRatingsAsync(r => r.FindAsync(number, code)))!.Level);
        Assert.Empty(await WithRatingsAsync(r => r.ListFollowUpsAsync(Inspector, openOnly: false)));
    }

    [Fact]
    public async Task Rate_WrongCode_IsRefusedAsNotFound_LikeTheProgressPage()
    {
        var (number, code) = await AcceptAsync();
        await RefuseAsync(number);
        var wrong = (code[0] == 'A' ? 'B' : 'A') + code[1..];

        var refused = await Assert.ThrowsAsync<RatingRefusedException>(() => RateAsync(number, wrong, SatisfactionLevel.Satisfied));

        Assert.Equal(RatingRefusal.NotFound, refused.Refusal);
    }

    [Fact]
    public async Task Rate_CommentOverTheLimit_IsRefusedNamingTheField()
    {
        var (number, code) = await AcceptAsync();
        await RefuseAsync(number);

        var refused = await Assert.ThrowsAsync<RatingRefusedException>(() => WithRatingsAsync(r => r.RateAsync(new RatingRequest
        {
            CaseNumber = number, Secret = code, Level = SatisfactionLevel.Satisfied, Comment = new string('好', RatingService.MaxCommentLength + 1),
        })));

        Assert.Equal((RatingRefusal.CommentTooLong, "comment"), (refused.Refusal, refused.Field));
    }

    [Fact]
    public async Task Dissatisfied_OpensAFollowUpDueAcrossTheHoliday_WhichIsAnsweredAndClosed_AndFeedsTheIndicators()
    {
        var (number, code) = await AcceptAsync();
        await RefuseAsync(number);

        var (rating, opened) = await RateAsync(number, code, SatisfactionLevel.Dissatisfied, RatingReason.RepeatedVisits);

        // 15 working days after Wed 30 Sep: 8, 9, 10 (Sat, worked), 12–16, 19–23, 26, 27 Oct; without the holiday it would be 21 Oct.
        Assert.NotNull(opened);
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.FromHours(8)), opened.DueAt);
        Assert.Equal((rating.Id, "reviewer1", FollowUpState.Open), (opened.RatingId, opened.Examiner, opened.State));

        var listed = Assert.Single(await WithRatingsAsync(r => r.ListFollowUpsAsync(Inspector, openOnly: true)));
        Assert.Equal(opened.Id, listed.Id);
        var report = await ReportAsync(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));
        Assert.Equal((1, 1, 0, 0m), (report.Total, report.OpenFollowUps, report.OverdueFollowUps, report.SatisfiedShare));
        var row = Assert.Single(report.Rows);
        Assert.Equal((new DateOnly(2026, 9, 1), "HouseTransferResale", 1), (row.Period, row.BusinessType, row.Counts[SatisfactionLevel.Dissatisfied]));

        // An examiner is not among the roles who handle follow-ups; an answer needs both the findings and the reply.
        await Assert.ThrowsAsync<InspectionNotAllowedException>(() => WithRatingsAsync(r => r.ListFollowUpsAsync(new InspectionActor("reviewer1", "李静", [RegistryRoles.FirstReview]), true)));
        await Assert.ThrowsAsync<InspectionInvalidException>(() => WithRatingsAsync(r => r.AnswerAsync(Inspector, opened.Id, 1, "已核实", null)));

        _time.Advance(TimeSpan.FromDays(2));
        var answered = await WithRatingsAsync(r => r.AnswerAsync(Inspector, opened.Id, 1, "已核实：补正告知不一次性，已对窗口人员提醒", "已电话答复申请人并致歉"));
        Assert.Equal(FollowUpState.Answered, answered.State);
        var stale = await Assert.ThrowsAsync<InspectionNotAllowedException>(() => WithRatingsAsync(r => r.CloseAsync(Inspector, opened.Id, 1, null)));
        Assert.Contains(number, stale.Message, StringComparison.Ordinal);

        var closed = await WithRatingsAsync(r => r.CloseAsync(new InspectionActor("admin", "周敏", [RegistryRoles.BusinessAdmin]), opened.Id, 2, "整改到位"));
        Assert.Equal(FollowUpState.Closed, closed.State);
        Assert.Empty(await WithRatingsAsync(r => r.ListFollowUpsAsync(Inspector, openOnly: true)));
        var all = Assert.Single(await WithRatingsAsync(r => r.ListFollowUpsAsync(Inspector, openOnly: false)));
        Assert.Equal([FollowUpEventKind.Opened, FollowUpEventKind.Answered, FollowUpEventKind.Closed], all.Events.Select(e => e.Kind));
        Assert.Equal("已电话答复申请人并致歉", all.Events[1].Reply);
        Assert.Equal(0, (await ReportAsync(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31))).OpenFollowUps);
    }

    [Fact]
    public async Task FollowUp_NotAnsweredByItsDueTime_IsCountedOverdue()
    {
        var (number, code) = await AcceptAsync();
        await RefuseAsync(number);
        await RateAsync(number, code, SatisfactionLevel.VeryDissatisfied, RatingReason.PoorAttitude);

        _time.SetUtcNow(new DateTimeOffset(2026, 10, 28, 0, 0, 1, TimeSpan.FromHours(8)));

        var report = await ReportAsync(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31));
        Assert.Equal((1, 1), (report.OpenFollowUps, report.OverdueFollowUps));
    }
}
