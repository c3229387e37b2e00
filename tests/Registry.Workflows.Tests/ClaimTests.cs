using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Workflows.Tests;

public sealed class ClaimTests
{
    private static async Task<(Harness H, WorkflowInstance I)> AtFirstReviewAsync()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
        return (h, i);
    }

    [Fact]
    public async Task Complete_TaskClaimedBySomeoneElse_IsRejectedNamingTheAssignee()
    {
        var (h, i) = await AtFirstReviewAsync();
        var task = Harness.Task(i, "firstReview");

        i = await h.Runtime.ClaimTaskAsync(i.Id, task.Id, "张三");
        var ex = await Assert.ThrowsAsync<TaskClaimedException>(() => h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("李四", Outcomes.Approve, "同意")));

        Assert.Equal("task 初审 is claimed by 张三 since 10:00; 李四 cannot act on it unless it is released", ex.Message);
        Assert.Equal("张三", Harness.Task(i, "firstReview").Assignee);
        var done = await h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        Assert.Contains("tradeCheck", done.CurrentNodeIds);
    }

    [Fact]
    public async Task Release_ByAssignee_LetsAnotherClaimAndComplete_AndIsJournaled()
    {
        var (h, i) = await AtFirstReviewAsync();
        var task = Harness.Task(i, "firstReview");
        i = await h.Runtime.ClaimTaskAsync(i.Id, task.Id, "张三");

        await Assert.ThrowsAsync<TaskClaimedException>(() => h.Runtime.ClaimTaskAsync(i.Id, task.Id, "李四"));
        await Assert.ThrowsAsync<TaskClaimedException>(() => h.Runtime.ReleaseTaskAsync(i.Id, task.Id, "李四"));
        i = await h.Runtime.ReleaseTaskAsync(i.Id, task.Id, "张三");
        Assert.Null(Harness.Task(i, "firstReview").Assignee);
        i = await h.Runtime.ClaimTaskAsync(i.Id, task.Id, "李四");
        i = await h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("李四", Outcomes.Approve, "同意"));

        var journal = await h.JournalAsync(i.Id);
        Assert.Equal(
            ["张三", "张三", "李四"],
            journal.Where(e => e.Action is JournalAction.Claimed or JournalAction.Released).Select(e => e.Actor));
        Assert.Equal("张三", journal.Single(e => e.Action == JournalAction.Released).Inputs["assignee"]);
    }

    [Fact]
    public async Task Claim_Twice_BySamePerson_IsANoOp()
    {
        var (h, i) = await AtFirstReviewAsync();
        var task = Harness.Task(i, "firstReview");

        var first = await h.Runtime.ClaimTaskAsync(i.Id, task.Id, "张三");
        var second = await h.Runtime.ClaimTaskAsync(i.Id, task.Id, "张三");

        Assert.Equal(first.Version, second.Version);
        Assert.Single(await h.JournalAsync(i.Id), e => e.Action == JournalAction.Claimed);
    }

    [Fact]
    public async Task Release_Forced_BySupervisor_Works_AndUnclaimedReleaseFails()
    {
        var (h, i) = await AtFirstReviewAsync();
        var task = Harness.Task(i, "firstReview");
        i = await h.Runtime.ClaimTaskAsync(i.Id, task.Id, "张三");

        i = await h.Runtime.ReleaseTaskAsync(i.Id, task.Id, "科长", force: true);

        Assert.Null(Harness.Task(i, "firstReview").Assignee);
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.Runtime.ReleaseTaskAsync(i.Id, task.Id, "张三"));
        Assert.Equal("task 初审 is not claimed", ex.Message);
    }

    [Fact]
    public async Task Claim_CompletedTask_ReportsWhoCompletedIt()
    {
        var (h, i) = await AtFirstReviewAsync();
        var task = Harness.Task(i, "firstReview");
        await h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("张三", Outcomes.Approve, "同意"));

        var ex = await Assert.ThrowsAsync<TaskAlreadyCompletedException>(() => h.Runtime.ClaimTaskAsync(i.Id, task.Id, "李四"));

        Assert.StartsWith("task 初审 already completed by 张三", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worklist_InMemory_FiltersByRoleAssigneeAndClaim()
    {
        var (h, i) = await AtFirstReviewAsync();
        var task = Harness.Task(i, "firstReview");
        var worklist = h.Instances;

        Assert.Equal(1, (await worklist.FindAsync(new WorkTaskCriteria(["examiner"], Claim: ClaimFilter.Unclaimed))).TotalCount);
        await h.Runtime.ClaimTaskAsync(i.Id, task.Id, "张三");

        Assert.Equal(0, (await worklist.FindAsync(new WorkTaskCriteria(["examiner"], Claim: ClaimFilter.Unclaimed))).TotalCount);
        Assert.Equal(0, (await worklist.FindAsync(new WorkTaskCriteria(["examiner"], "李四"))).TotalCount);
        var mine = await worklist.FindAsync(new WorkTaskCriteria(["examiner"], "张三"));
        Assert.Equal(task.Id, Assert.Single(mine.Items).BookmarkId);
        Assert.Throws<ArgumentException>(() => new WorkTaskCriteria().Validate());
    }
}
