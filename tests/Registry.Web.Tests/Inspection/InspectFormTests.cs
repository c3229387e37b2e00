using Bunit;
using Microsoft.AspNetCore.Components;
using Registry.Application.Inspection;
using Registry.Web.Components.Inspection;

namespace Registry.Web.Tests.Inspection;

public sealed class InspectFormTests : RegistryComponentTest
{
    private readonly List<InspectSubmission> _submitted = [];

    private IRenderedComponent<InspectForm> RenderForm(IReadOnlySet<InspectionItem>? suggested = null, InspectionVerdict? previous = null) =>
        Render<InspectForm>(p => p
            .Add(f => f.CaseNumber, "2025-0318-000123")
            .Add(f => f.ResponsibleExaminer, "reviewer1")
            .Add(f => f.Suggested, suggested ?? new HashSet<InspectionItem>())
            .Add(f => f.Previous, previous)
            .Add(f => f.OnSubmit, EventCallback.Factory.Create<InspectSubmission>(this, s => _submitted.Add(s))));

    [Fact]
    public void AllItemsStartPassed_SubmitGivesSixPassingResults()
    {
        var form = RenderForm();

        Assert.Equal(6, form.FindAll("tr.inspect-item").Count);
        Assert.Contains("合格", form.Find("#inspect-verdict").TextContent, StringComparison.Ordinal);
        form.Find("#inspect-submit").Click();

        var submission = Assert.Single(_submitted);
        Assert.Equal(InspectionChecklist.Items, submission.Items.Select(i => i.Item));
        Assert.All(submission.Items, i => Assert.True(i.Passed));
    }

    [Fact]
    public void SuggestedItemStartsFailed_WithoutNoteIsStoppedAtThatNote()
    {
        var form = RenderForm(new HashSet<InspectionItem> { InspectionItem.Certificate });

        Assert.Contains("不合格", form.Find("#inspect-verdict").TextContent, StringComparison.Ordinal);
        Assert.Single(form.FindAll("tr[data-item=Certificate] .item-suggested"));
        form.Find("#inspect-submit").Click();

        Assert.Empty(_submitted);
        Assert.Single(form.FindAll("#inspect-errors"));
        Assert.Contains("不合格项必须写明问题", form.Find("tr[data-item=Certificate]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("不合格项必须写明问题", form.Find("tr[data-item=Materials]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedItemWithNote_IsSubmittedWithTheAssignee()
    {
        var form = RenderForm(new HashSet<InspectionItem> { InspectionItem.TimeLimit });

        form.Find("#note-TimeLimit").Change("超承诺时限 2 个工作日");
        form.Find("#inspect-assignee").Change("reviewer2");
        form.Find("#inspect-submit").Click();

        var submission = Assert.Single(_submitted);
        var failed = Assert.Single(submission.Items, i => !i.Passed);
        Assert.Equal((InspectionItem.TimeLimit, "超承诺时限 2 个工作日"), (failed.Item, failed.Note));
        Assert.Equal("reviewer2", submission.Assignee);
    }

    [Fact]
    public void ReInspection_StartsFromThePreviousVerdict()
    {
        var previous = new InspectionVerdict(Guid.NewGuid(), "2025-0318-000123", 1, InspectionVerdictKind.Fail,
            [.. InspectionChecklist.Items.Select(i => new InspectionItemResult(i, i != InspectionItem.Materials, i == InspectionItem.Materials ? "缺完税凭证" : null))],
            "首检", "inspector", "杨帆", DateTimeOffset.UnixEpoch);

        var form = RenderForm(previous: previous);

        Assert.Equal("缺完税凭证", form.Find("#note-Materials").GetAttribute("value"));
        form.Find("#inspect-submit").Click();
        Assert.Equal("首检", Assert.Single(_submitted).Remark);
    }
}
