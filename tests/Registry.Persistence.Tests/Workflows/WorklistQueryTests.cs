using Microsoft.Extensions.DependencyInjection;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Persistence.Tests.Workflows;

public sealed class WorklistQueryTests
{
    [Fact]
    public async Task Worklist_PagesOldestFirst_AndFiltersByRoleClaimDefinitionAndCasePrefix()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        var sample = await WorkflowDatabase.SampleAsync(host);
        await WorkflowDatabase.PublishAsync(host, sample);
        await WorkflowDatabase.PublishAsync(host, sample with { Id = "house-transfer-gift" });
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var worklist = host.GetRequiredService<IWorkTaskQuery>();
        var started = new List<WorkflowInstance>();
        for (var n = 1; n <= 7; n++)
        {
            started.Add(await runtime.StartAsync(new StartRequest(n <= 5 ? "house-transfer-resale" : "house-transfer-gift", "王受理", $"2025-{(n % 2 == 0 ? "B" : "A")}-{n:000}")));
            db.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var page1 = await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], Take: 3));
        var page3 = await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], Skip: 6, Take: 3));
        Assert.Equal(7, page1.TotalCount);
        Assert.Equal(["2025-A-001", "2025-B-002", "2025-A-003"], page1.Items.Select(t => t.CorrelationId));
        Assert.Equal(["2025-A-007"], page3.Items.Select(t => t.CorrelationId));
        Assert.Equal(0, (await worklist.FindAsync(new WorkTaskCriteria(["examiner"]))).TotalCount);
        Assert.Equal(["2025-B-002", "2025-B-004", "2025-B-006"], (await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], CorrelationIdPrefix: "2025-B"))).Items.Select(t => t.CorrelationId));
        Assert.Equal(2, (await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], DefinitionId: "house-transfer-gift"))).TotalCount);

        var claimed = started[1];
        await runtime.ClaimTaskAsync(claimed.Id, WorkflowDatabase.Task(claimed, "acceptance").Id, "王受理");
        var suspended = started[2];
        await runtime.SuspendAsync(suspended.Id, "王受理", "S01", "等待公告");

        Assert.Equal(6, (await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], Claim: ClaimFilter.Unclaimed))).TotalCount);
        var mine = await worklist.FindAsync(new WorkTaskCriteria(Assignee: "王受理"));
        var task = Assert.Single(mine.Items);
        Assert.Equal((claimed.Id, "acceptance", "acceptor", "王受理", db.Time.GetUtcNow()), (task.InstanceId, task.NodeId, task.Role, task.Assignee, task.ClaimedAt!.Value));
        Assert.Equal(6, (await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], "李受理"))).TotalCount);
        Assert.Equal(7, (await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], "王受理"))).TotalCount);
        var all = await worklist.FindAsync(new WorkTaskCriteria(["acceptor"], Take: 10));
        Assert.True(Assert.Single(all.Items, t => t.InstanceId == suspended.Id).InstanceSuspended);
        await Assert.ThrowsAsync<ArgumentException>(() => worklist.FindAsync(new WorkTaskCriteria(["acceptor"], Take: 0)));
    }

    [Fact]
    public async Task Worklist_AfterCompletion_NoLongerShowsTheTask_AndShowsTheNextOnes()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var worklist = host.GetRequiredService<IWorkTaskQuery>();
        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "NEXT-1"));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Approve, "同意"));

        var tasks = await worklist.FindAsync(new WorkTaskCriteria(["acceptor", "examiner", "trade-officer"]));

        Assert.Equal(["registrationReview", "tradeCheck"], tasks.Items.Select(t => t.NodeId).Order(StringComparer.Ordinal));
    }
}
