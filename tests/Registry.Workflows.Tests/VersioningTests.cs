using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

public sealed class VersioningTests
{
    private static WorkflowDefinition V1() => Harness.Build(
        "v",
        "a",
        [("a", "humanTask", Harness.Task3), ("b", "humanTask", Harness.Task3), ("done", "end", null)],
        ("a", "b", "approve", null),
        ("b", "done", "approve", null));

    private static WorkflowDefinition V2() => Harness.Build(
        "v",
        "a",
        [("a", "humanTask", Harness.Task3), ("review", "humanTask", Harness.Task3), ("extra", "humanTask", Harness.Task3), ("done", "end", null)],
        ("a", "review", "approve", null),
        ("review", "extra", "approve", null),
        ("extra", "done", "approve", null)) with { Version = 2 };

    [Fact]
    public async Task SaveDraft_OverPublishedVersion_IsAnError()
    {
        var h = new Harness();
        await h.PublishAsync(V1());
        var ex = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => h.Publisher.SaveDraftAsync(V1()));
        Assert.Contains("is published and cannot be changed", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<WorkflowDefinitionException>(() => h.Publisher.PublishAsync("v", 1));
    }

    [Fact]
    public async Task Start_WithOnlyADraft_IsAnError()
    {
        var h = new Harness();
        await h.Publisher.SaveDraftAsync(V1());
        await Assert.ThrowsAsync<WorkflowOperationException>(() => h.StartAsync("v"));
    }

    [Fact]
    public async Task PublishingNewVersion_AffectsOnlyNewInstances()
    {
        var h = new Harness();
        await h.PublishAsync(V1());
        var old = await h.StartAsync("v");
        await h.PublishAsync(V2());
        var fresh = await h.StartAsync("v");

        Assert.Equal(1, old.DefinitionVersion);
        Assert.Equal(2, fresh.DefinitionVersion);
        old = await h.DecideAsync(old, "a", Outcomes.Approve);
        Assert.Equal(["b"], old.CurrentNodeIds); // still walks v1
        fresh = await h.DecideAsync(fresh, "a", Outcomes.Approve);
        Assert.Equal(["review"], fresh.CurrentNodeIds);
    }

    [Fact]
    public async Task Migrate_MapsCurrentNodeAndJournals()
    {
        var h = new Harness();
        await h.PublishAsync(V1());
        var i = await h.StartAsync("v");
        i = await h.DecideAsync(i, "a", Outcomes.Approve);
        await h.PublishAsync(V2());

        i = await h.Runtime.MigrateAsync(i.Id, 2, new Dictionary<string, string> { ["b"] = "review" }, "管理员");

        Assert.Equal(2, i.DefinitionVersion);
        Assert.Equal(["review"], i.CurrentNodeIds);
        var migrated = Assert.Single(await h.JournalAsync(i.Id), e => e.Action == JournalAction.Migrated);
        Assert.Equal("管理员", migrated.Actor);
        Assert.Equal("review", migrated.Inputs["b"]);
        Assert.Equal("1", migrated.Inputs["fromVersion"]);
        i = await h.DecideAsync(i, "review", Outcomes.Approve);
        Assert.Equal(["extra"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task Migrate_UnmappableNode_IsRejectedAndInstanceUnchanged()
    {
        var h = new Harness();
        await h.PublishAsync(V1());
        var i = await h.StartAsync("v");
        i = await h.DecideAsync(i, "a", Outcomes.Approve);
        await h.PublishAsync(V2());
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.Runtime.MigrateAsync(i.Id, 2, new Dictionary<string, string>(), "管理员"));
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await h.Instances.FindAsync(i.Id))!.DefinitionVersion);
    }
}
