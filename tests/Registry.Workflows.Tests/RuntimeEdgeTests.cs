using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

public sealed class RuntimeEdgeTests
{
    [Fact]
    public async Task Wait_DueVariable_UsesTheInstantFromTheInstance()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "objection",
            [("objection", "wait", """{ "dueVariable": "objectionEnds" }"""), ("done", "end", null)],
            ("objection", "done", null, null)));
        var i = await h.StartAsync("t", ("objectionEnds", "2025-10-11T00:00:00+08:00"));
        Assert.Equal(new DateTimeOffset(2025, 10, 11, 0, 0, 0, TimeSpan.FromHours(8)), Harness.Task(i, "objection").DueAt);
        h.Time.SetUtcNow(new DateTimeOffset(2025, 10, 10, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await h.Runtime.SweepTimersAsync());
        Assert.Equal(InstanceStatus.Completed, (await h.Instances.FindAsync(i.Id))!.Status);
    }

    [Fact]
    public async Task Route_NoTransitionWhoseConditionHolds_FailsWithoutCommitting()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "a",
            [("a", "humanTask", Harness.Task3), ("big", "end", null)],
            ("a", "big", "approve", "area > 144")));
        var i = await h.StartAsync("t", ("area", "90"));
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.DecideAsync(i, "a", Outcomes.Approve));
        Assert.Contains("no transition for outcome 'approve'", ex.Message, StringComparison.Ordinal);
        Assert.Same(i, await h.Instances.FindAsync(i.Id));
    }

    [Fact]
    public async Task CompleteTask_UnknownBookmark_NamesIt()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.Runtime.CompleteTaskAsync(i.Id, "nope", new TaskDecision("张三", Outcomes.Approve)));
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<WorkflowOperationException>(() => h.Runtime.CompleteTaskAsync(Guid.NewGuid(), "nope", new TaskDecision("张三", Outcomes.Approve)));
    }

    [Fact]
    public async Task Migrate_DuringParallelBranches_KeepsArrivalsAndJoinStillFiresOnce()
    {
        var h = new Harness();
        var v1 = await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
        i = await h.DecideAsync(i, "firstReview", Outcomes.Approve);
        i = await h.DecideAsync(i, "tradeCheck", Outcomes.Approve);
        await h.PublishAsync(v1 with { Version = 2, Status = DefinitionStatus.Draft });

        i = await h.Runtime.MigrateAsync(i.Id, 2, ImmutableDictionary<string, string>.Empty, "管理员");
        Assert.Equal(2, i.DefinitionVersion);
        Assert.Equal(["registrationReview", "taxPaid"], i.CurrentNodeIds.Order(StringComparer.Ordinal));
        Assert.Equal(["tradeCheck"], i.JoinArrivals["join"].ToArray());

        i = await h.DecideAsync(i, "registrationReview", Outcomes.Approve);
        i = await h.Runtime.SignalAsync(i.Id, "tax-paid", "税务系统");
        Assert.Equal(["approval"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task Start_RecordsVersionAndCorrelation_AndJournalNamesStarter()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.Runtime.StartAsync(new StartRequest("house-transfer-resale", "窗口A", "2025-0001") { InstanceId = Guid.Parse("0199a0b0-0000-7000-8000-000000000001") });
        Assert.Equal(Guid.Parse("0199a0b0-0000-7000-8000-000000000001"), i.Id);
        Assert.Equal("2025-0001", i.CorrelationId);
        var first = (await h.JournalAsync(i.Id))[0];
        Assert.Equal(("窗口A", "1"), (first.Actor, first.Inputs["version"]));
        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => h.Runtime.StartAsync(new StartRequest("house-transfer-resale", "窗口A") { InstanceId = i.Id }));
    }
}
