using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Tests.Workflows;

public sealed class TimerAndSeedTests
{
    private const string TimerDefinition = """
    { "id": "announcement", "version": 1, "displayName": { "zh": "公告" }, "start": "accept",
      "nodes": [
        { "id": "accept", "kind": "humanTask", "name": { "zh": "受理" }, "inputs": { "role": "acceptor", "outcomes": ["approve"] } },
        { "id": "wait", "kind": "wait", "name": { "zh": "公告期" }, "inputs": { "after": "P15D", "clockEffect": "paused" } },
        { "id": "done", "kind": "end", "name": { "zh": "办结" } } ],
      "transitions": [ { "from": "accept", "to": "wait", "outcome": "approve" }, { "from": "wait", "to": "done" } ] }
    """;

    [Fact]
    public async Task DueTimers_AreFoundFromTheBookmarkIndex_OnlyWhenDue_AndSweepFiresThem()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, host.GetRequiredService<WorkflowDefinitionJson>().Read(TimerDefinition, "announcement.json"));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var store = host.GetRequiredService<IWorkflowInstanceStore>();
        var ids = new List<Guid>();
        for (var n = 0; n < 3; n++)
        {
            var i = await runtime.StartAsync(new StartRequest("announcement", "王受理", $"T-{n}"));
            i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "accept").Id, new TaskDecision("王受理", Outcomes.Approve));
            ids.Add(i.Id);
        }

        await runtime.SuspendAsync(ids[2], "王受理");

        Assert.Empty(await store.FindDueTimersAsync(db.Time.GetUtcNow().AddDays(14), 10));
        db.Time.Advance(TimeSpan.FromDays(15));
        Assert.Equal(ids.Take(2).Order(), (await store.FindDueTimersAsync(db.Time.GetUtcNow(), 10)).Order());
        Assert.Single(await store.FindDueTimersAsync(db.Time.GetUtcNow(), 1));
        Assert.Equal(2, await runtime.SweepTimersAsync());
        Assert.Empty(await store.FindDueTimersAsync(db.Time.GetUtcNow(), 10));
        Assert.Equal(InstanceStatus.Completed, (await store.FindAsync(ids[0]))!.Status);
    }

    [Fact]
    public async Task LoadRepositoryDefinitions_PublishesNewOnes_Recurses_SkipsLayoutAndSchema_AndIsIdempotent()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        var folder = Path.Combine(db.Directory, "workflows");
        Directory.CreateDirectory(Path.Combine(folder, "catalogue"));
        foreach (var name in new[] { "house-transfer-resale.json", "house-transfer-resale.layout.json", "workflow-definition.schema.json" })
        {
            File.Copy(WorkflowDatabase.RepoFile("workflows/" + name), Path.Combine(folder, name));
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "catalogue", "announcement.json"), TimerDefinition);

        var first = await host.LoadRepositoryWorkflowDefinitionsAsync(folder);
        var second = await host.LoadRepositoryWorkflowDefinitionsAsync(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "catalogue", "announcement.json"), TimerDefinition.Replace("公告期", "公告期间", StringComparison.Ordinal));
        var third = await host.LoadRepositoryWorkflowDefinitionsAsync(folder);

        Assert.Equal(["announcement v1", "house-transfer-resale v1"], first.Published);
        Assert.Empty(second.Published);
        Assert.Equal(["announcement v1", "house-transfer-resale v1"], second.Unchanged);
        Assert.StartsWith("announcement v1 (catalogue", Assert.Single(third.Skipped), StringComparison.Ordinal);
        var latest = await host.GetRequiredService<IWorkflowDefinitionStore>().FindLatestPublishedAsync("announcement");
        Assert.Equal("公告期", latest!.FindNode("wait")!.Name.Zh);
    }

    [Fact]
    public async Task LoadRepositoryDefinitions_InvalidFile_LoadsTheOthers_AndNamesTheFile()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        var folder = Path.Combine(db.Directory, "workflows");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "announcement.json"), TimerDefinition);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), """{ "id": "broken", "version": 1 }""");

        var ex = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => host.LoadRepositoryWorkflowDefinitionsAsync(folder));

        Assert.All(ex.Issues, i => Assert.Equal("broken.json", i.Source));
        Assert.NotNull(await host.GetRequiredService<IWorkflowDefinitionStore>().FindLatestPublishedAsync("announcement"));
    }
}
