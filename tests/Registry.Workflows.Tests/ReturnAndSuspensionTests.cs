using System.Text.Json;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

public sealed class ReturnAndSuspensionTests
{
    private static async Task<(Harness H, WorkflowInstance I)> AtSecondTaskAsync()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "s",
            "accept",
            [("accept", "humanTask", Harness.Task3), ("review", "humanTask", Harness.Task3), ("approve", "humanTask", Harness.Task3), ("done", "end", null)],
            ("accept", "review", "approve", null),
            ("review", "approve", "approve", null),
            ("approve", "done", "approve", null)));
        var i = await h.StartAsync("s");
        i = await h.DecideAsync(i, "accept", Outcomes.Approve);
        i = await h.DecideAsync(i, "review", Outcomes.Approve);
        return (h, i);
    }

    [Fact]
    public async Task Return_ToAnyEarlierTask_RunsTheClockUntilThatTaskIsDone()
    {
        var (h, i) = await AtSecondTaskAsync();
        i = await h.DecideAsync(i, "approve", Outcomes.Return, opinion: "重新审查", returnTo: "review");
        var interval = Assert.Single(i.ClockIntervals);
        Assert.Equal((ClockEffect.Running, "return", "R01", "review"), (interval.Effect, interval.Reason, interval.ReasonCode, interval.NodeId));
        Assert.Empty(i.PauseIntervals);
        h.Time.Advance(TimeSpan.FromHours(3));
        i = await h.DecideAsync(i, "review", Outcomes.Approve);
        Assert.Equal(TimeSpan.FromHours(3), i.ClockIntervals.Single().End - i.ClockIntervals.Single().Start);
    }

    [Fact]
    public async Task Return_ToAcceptance_IsSupplementAndPausesTheClock()
    {
        var (h, i) = await AtSecondTaskAsync();
        i = await h.DecideAsync(i, "approve", Outcomes.Return, opinion: "补正身份证明", returnTo: "accept");
        var pause = Assert.Single(i.PauseIntervals);
        Assert.Equal("supplement", pause.Reason);
        Assert.Null(pause.End);
        Assert.Equal(["accept"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task Return_ToTaskNotYetDone_IsRejected()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "s",
            "accept",
            [("accept", "humanTask", Harness.Task3), ("review", "humanTask", Harness.Task3), ("approve", "humanTask", Harness.Task3), ("done", "end", null)],
            ("accept", "review", "approve", null),
            ("review", "approve", "approve", null),
            ("approve", "done", "approve", null)));
        var i = await h.StartAsync("s");
        i = await h.DecideAsync(i, "accept", Outcomes.Approve);
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.DecideAsync(i, "review", Outcomes.Return, returnTo: "approve"));
        Assert.Contains("earlier completed task", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_ToTaskDoneInAnEarlierRoundButDownstream_IsRejected()
    {
        var (h, i) = await AtSecondTaskAsync();
        i = await h.DecideAsync(i, "approve", Outcomes.Return, returnTo: "accept");
        i = await h.DecideAsync(i, "accept", Outcomes.Approve);

        // "approve" was done before the return, but it lies after "review": not an earlier task.
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.DecideAsync(i, "review", Outcomes.Return, returnTo: "approve"));
        Assert.Contains("earlier completed task", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["accept"], i.VisitedTasks.ToArray());
    }

    [Fact]
    public async Task Suspend_ThenResume_PausesClockAndBlocksCompletionMeanwhile()
    {
        var (h, i) = await AtSecondTaskAsync();
        i = await h.Runtime.SuspendAsync(i.Id, "张三", "SEIZURE", "法院查封");
        Assert.Equal(InstanceStatus.Suspended, i.Status);
        var ex = await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => h.DecideAsync(i, "approve", Outcomes.Approve));
        Assert.Contains("suspended", ex.Message, StringComparison.Ordinal);

        h.Time.Advance(TimeSpan.FromDays(10));
        i = await h.Runtime.ResumeAsync(i.Id, "张三");
        var pause = Assert.Single(i.PauseIntervals);
        Assert.Equal((ClockEffect.Paused, "suspension", "SEIZURE", "法院查封"), (pause.Effect, pause.Reason, pause.ReasonCode, pause.ReasonText));
        Assert.Equal(TimeSpan.FromDays(10), pause.End - pause.Start);
        i = await h.DecideAsync(i, "approve", Outcomes.Approve);
        Assert.Equal(InstanceStatus.Completed, i.Status);
    }

    [Fact]
    public async Task SuspendOutcome_OnTask_KeepsTaskOpenAndPauses()
    {
        var (h, i) = await AtSecondTaskAsync();
        i = await h.DecideAsync(i, "approve", Outcomes.Suspend, opinion: "异议登记中");
        Assert.Equal(InstanceStatus.Suspended, i.Status);
        Assert.Equal(["approve"], i.CurrentNodeIds);
        Assert.Single(i.PauseIntervals, p => p.End is null && p.NodeId == "approve");
        await Assert.ThrowsAsync<WorkflowOperationException>(() => h.Runtime.SuspendAsync(i.Id, "x"));
    }

    [Fact]
    public async Task Withdraw_CancelsOpenTasksAndEndsWithdrawn()
    {
        var (h, i) = await AtSecondTaskAsync();
        var task = Harness.Task(i, "approve");
        i = await h.Runtime.WithdrawAsync(i.Id, "申请人", "W01", "申请人撤回");
        Assert.Equal(InstanceStatus.Withdrawn, i.Status);
        Assert.Empty(i.OpenBookmarks);
        var journal = await h.JournalAsync(i.Id);
        Assert.Contains(journal, e => e.Action == JournalAction.Withdrawn && e.Opinion == "申请人撤回");
        var late = await Assert.ThrowsAsync<TaskAlreadyCompletedException>(() => h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("李四", Outcomes.Approve)));
        Assert.Contains("already cancelled", late.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<WorkflowOperationException>(() => h.Runtime.WithdrawAsync(i.Id, "申请人"));
    }

    [Fact]
    public async Task Instance_RoundTripsThroughJson()
    {
        var (h, i) = await AtSecondTaskAsync();
        i = await h.DecideAsync(i, "approve", Outcomes.Return, returnTo: "accept");
        var json = JsonSerializer.Serialize(i);
        var back = JsonSerializer.Deserialize<WorkflowInstance>(json)!;
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(i.OpenBookmarks.ToArray(), back.OpenBookmarks.ToArray());
        Assert.Equal(i.Version, back.Version);
    }
}
