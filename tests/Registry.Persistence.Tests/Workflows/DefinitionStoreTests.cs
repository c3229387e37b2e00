using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;

namespace Registry.Persistence.Tests.Workflows;

public sealed class DefinitionStoreTests
{
    [Fact]
    public async Task Published_Version_CannotBeChanged_ButANewVersionCanBePublished()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        var sample = await WorkflowDatabase.SampleAsync(host);
        await WorkflowDatabase.PublishAsync(host, sample, "管理员甲");
        var store = host.GetRequiredService<IWorkflowDefinitionStore>();
        var changed = sample with { DisplayName = new LocalizedText("改名"), Status = DefinitionStatus.Published };

        var direct = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => store.SaveAsync(changed));
        var asDraft = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => host.GetRequiredService<IWorkflowDefinitionPublisher>().SaveDraftAsync(changed));
        await WorkflowDatabase.PublishAsync(host, changed with { Version = 2 }, "管理员乙");

        Assert.Equal("definition house-transfer-resale v1 is published (by 管理员甲) and cannot be changed; save a new version", direct.Message);
        Assert.Contains("is published and cannot be changed", asDraft.Message, StringComparison.Ordinal);
        Assert.Equal("存量房转移登记", (await store.FindAsync("house-transfer-resale", 1))!.DisplayName.Zh);
        var latest = await store.FindLatestPublishedAsync("house-transfer-resale");
        Assert.Equal((2, "改名", DefinitionStatus.Published), (latest!.Version, latest.DisplayName.Zh, latest.Status));
        Assert.Equal([1, 2], (await store.ListVersionsAsync("house-transfer-resale")).Select(d => d.Version));
        await using var context = host.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();
        var row = await context.Set<WorkflowDefinitionRow>().SingleAsync(r => r.DefinitionId == "house-transfer-resale" && r.Version == 2);
        Assert.Equal(("管理员乙", db.Time.GetUtcNow()), (row.PublishedBy, row.PublishedAt!.Value));
    }

    [Fact]
    public async Task Draft_CanBeSavedRepeatedly_AndIsNotLatestPublished()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        var sample = await WorkflowDatabase.SampleAsync(host);
        var publisher = host.GetRequiredService<IWorkflowDefinitionPublisher>();
        var store = host.GetRequiredService<IWorkflowDefinitionStore>();

        await publisher.SaveDraftAsync(sample);
        await publisher.SaveDraftAsync(sample with { DisplayName = new LocalizedText("草稿二") });

        Assert.Null(await store.FindLatestPublishedAsync("house-transfer-resale"));
        var draft = await store.FindAsync("house-transfer-resale", 1);
        Assert.Equal((DefinitionStatus.Draft, "草稿二"), (draft!.Status, draft.DisplayName.Zh));
        Assert.Equal(sample.Nodes.Length, draft.Nodes.Length);
    }
}
