using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Registry.Application.Examination;
using Registry.Web.Components.Cases;
using Registry.Web.Resources;
using Registry.Workflows.Runtime;

namespace Registry.Web.Tests.Cases;

public sealed class DecisionConflictsTests : RegistryComponentTest
{
    private IStringLocalizer<CaseResource> Text => Services.GetRequiredService<IStringLocalizer<CaseResource>>();

    [Fact]
    public void ATaskCompletedElsewhere_NamesWhoAndWhen_InOfficeTime()
    {
        var at = new DateTimeOffset(2026, 11, 23, 2, 42, 0, TimeSpan.Zero);
        var closed = new ClosedBookmark(new Bookmark("t1", "secondReview", "复审", BookmarkKind.HumanTask, at.AddHours(-1), Role: "second-review"), "reviewer2", at, "approve");

        var message = DecisionConflicts.Describe(new TaskAlreadyCompletedException(closed, TimeSpan.FromHours(8)), Text);

        Assert.Equal("“复审”已由 reviewer2 于 2026-11-23 10:42 办理完毕，您的意见未保存。页面已刷新为最新状态。", message);
    }

    [Fact]
    public void ATaskCompletedElsewhere_NamesWhoByDisplayName_WhenKnown()
    {
        var at = new DateTimeOffset(2026, 11, 23, 2, 42, 0, TimeSpan.Zero);
        var closed = new ClosedBookmark(new Bookmark("t1", "secondReview", "复审", BookmarkKind.HumanTask, at.AddHours(-1), Role: "second-review"), "reviewer2", at, "approve");
        var e = new TaskAlreadyCompletedException(closed, TimeSpan.FromHours(8));

        var message = DecisionConflicts.Describe(e, Text, login => login == "reviewer2" ? "张伟" : login);

        Assert.Equal("“复审”已由 张伟 于 2026-11-23 10:42 办理完毕，您的意见未保存。页面已刷新为最新状态。", message);
        Assert.Equal("reviewer2", DecisionConflicts.Person(e));
    }

    [Fact]
    public void ATaskClaimedByAnother_IsSaidInChinese_WithTheirDisplayName()
    {
        var bookmark = new Bookmark("t1", "secondReview", "复审", BookmarkKind.HumanTask, DateTimeOffset.UnixEpoch, Role: "second-review", Assignee: "reviewer2");
        var e = new TaskClaimedException(bookmark, "reviewer1", TimeSpan.FromHours(8));

        Assert.Equal("“复审”已由 张伟 签收，只有签收人可以办理。", DecisionConflicts.Describe(e, Text, login => login == "reviewer2" ? "张伟" : login));
        Assert.Equal("reviewer2", DecisionConflicts.Person(e));
    }

    [Fact]
    public void ASeparationOfDutiesRefusal_IsShownWithItsReason()
    {
        var message = DecisionConflicts.Describe(new DecisionNotAllowedException("审核分离：reviewer1 已办理本案“初审”环节"), Text);

        Assert.Equal("未保存：审核分离：reviewer1 已办理本案“初审”环节", message);
    }

    [Fact]
    public void AConcurrentChange_AsksToCheckAndRetry()
    {
        Assert.Equal("本案刚被他人修改，您的意见未保存，请查看最新状态后重试。", DecisionConflicts.Describe(new WorkflowConcurrencyException("v2 != v3"), Text));
    }

    [Fact]
    public void AnUnexpectedError_IsNotTurnedIntoAMessage()
    {
        Assert.Null(DecisionConflicts.Describe(new InvalidOperationException("boom"), Text));
    }

    [Fact]
    public void ATooLongOpinionRefusedByTheService_NamesTheLimit()
    {
        var e = new DecisionInvalidException([new DecisionError("opinion", "审核意见最多 2000 个字", 2000, 2500)]);

        Assert.Equal("“意见”最多 2000 个字符，现有 2500 个，未保存。", DecisionConflicts.Describe(e, Text));
    }
}
