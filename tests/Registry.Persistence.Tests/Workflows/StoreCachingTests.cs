using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Tests.Workflows;

/// <summary>The speed-ups of the durable store (cached latest version, cached instance state, journal head on the row) stay correct.</summary>
public sealed class StoreCachingTests
{
    [Fact]
    public async Task Start_PublishOnThisHost_TakesEffectAtOnce_PublishOnAnotherHost_AfterTheCacheTime()
    {
        var (db, a) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        var sample = await WorkflowDatabase.SampleAsync(a);
        await WorkflowDatabase.PublishAsync(a, sample);
        var runtimeA = a.GetRequiredService<IWorkflowRuntime>();
        Assert.Equal(1, (await runtimeA.StartAsync(new StartRequest(sample.Id, "王受理"))).DefinitionVersion);

        await WorkflowDatabase.PublishAsync(a, sample with { Version = 2 });
        var afterLocalPublish = await runtimeA.StartAsync(new StartRequest(sample.Id, "王受理"));

        var b = db.NewHost();
        await WorkflowDatabase.PublishAsync(b, sample with { Version = 3 });
        var withinCacheTime = await runtimeA.StartAsync(new StartRequest(sample.Id, "王受理"));
        db.Time.Advance(EfWorkflowDefinitionStore.DefaultLatestCacheTime + TimeSpan.FromSeconds(1));
        var afterCacheTime = await runtimeA.StartAsync(new StartRequest(sample.Id, "王受理"));

        Assert.Equal(2, afterLocalPublish.DefinitionVersion);
        Assert.Equal(2, withinCacheTime.DefinitionVersion); // cached: host A has not asked the database again
        Assert.Equal(3, afterCacheTime.DefinitionVersion);
    }

    [Fact]
    public async Task Load_AfterAnotherHostCommitted_ReadsTheNewState_AndTheChainContinues()
    {
        var (db, a) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(a, await WorkflowDatabase.SampleAsync(a));
        var runtimeA = a.GetRequiredService<IWorkflowRuntime>();
        var i = await runtimeA.StartAsync(new StartRequest("house-transfer-resale", "王受理", "CACHE-1"));
        i = await runtimeA.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));

        // Host B moves the instance on; host A's cached copy (and cached journal head) are now one version old.
        var b = db.NewHost();
        var fromB = await b.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        var seenByA = await a.GetRequiredService<IWorkflowInstanceStore>().FindAsync(i.Id);
        var next = fromB.OpenBookmarks.First(t => t.Kind == BookmarkKind.HumanTask);
        var fromA = await runtimeA.CompleteTaskAsync(i.Id, next.Id, new TaskDecision("李四", Outcomes.Approve, "同意"));

        Assert.Equal(fromB.Version, seenByA!.Version);
        Assert.Equal(fromB.OpenBookmarks.ToList(), seenByA.OpenBookmarks.ToList());
        Assert.Equal(fromB.Version + 1, fromA.Version);
        var verification = await b.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(fromA.JournalSequence, verification.EntryCount);
    }

    [Fact]
    public async Task Complete_StaleTaskOnACachedInstance_IsToldWhoCompletedIt()
    {
        var (db, a) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(a, await WorkflowDatabase.SampleAsync(a));
        var runtimeA = a.GetRequiredService<IWorkflowRuntime>();
        var i = await runtimeA.StartAsync(new StartRequest("house-transfer-resale", "王受理", "CACHE-2"));
        i = await runtimeA.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        var task = WorkflowDatabase.Task(i, "firstReview");

        await db.NewHost().GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(i.Id, task.Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        var error = await Assert.ThrowsAsync<TaskAlreadyCompletedException>(() => runtimeA.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("李四", Outcomes.Approve, "同意")));

        Assert.Equal("task 初审 already completed by 张三 at 10:00", error.Message);
    }

    [Fact]
    public async Task Verify_LastRowRewrittenWithAMatchingHash_IsCaughtByTheHeadOnTheInstanceRow()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "HEAD-1"));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve, "材料齐全"));
        await using var context = host.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();
        var rows = await context.Set<WorkflowJournalRow>().Where(r => r.InstanceId == i.Id).OrderBy(r => r.Sequence).ToListAsync();
        var last = rows[^1];

        // A forger holding the key who recomputes the changed row's hash keeps the chain itself consistent.
        last.Opinion = "材料不全";
        var forged = JournalHashChain.Compute(host.GetRequiredService<Registry.Persistence.Ledger.LedgerKeyRing>().Current, rows[^2].Hash, last);
        await context.Set<WorkflowJournalRow>()
            .Where(r => r.InstanceId == i.Id && r.Sequence == last.Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Opinion, "材料不全").SetProperty(r => r.Hash, forged));
        var result = await host.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id);

        Assert.False(result.IsIntact);
        Assert.Equal(last.Sequence, result.BrokenAtSequence);
        Assert.Contains("not the head the instance recorded", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migration_WorkflowJournalHead_FillsTheHeadOfExistingInstances()
    {
        var db = new WorkflowDatabase();
        await using var _ = db;
        System.IO.Directory.CreateDirectory(db.Directory);
        var host = db.NewHost();
        await using (var context = host.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext())
        {
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync("20261123130013_CasesWorkflowsScheduling");
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO WorkflowInstances (Id, DefinitionId, DefinitionVersion, Status, State, Version, JournalSequence, CreatedAt, UpdatedAt) " +
                "VALUES ('0195A8C4-0000-7000-8000-000000000001', 'd', 1, 'Running', '{{}}', 2, 2, 0, 0), ('0195A8C4-0000-7000-8000-000000000002', 'd', 1, 'Running', '{{}}', 1, 0, 0, 0);" +
                "INSERT INTO WorkflowJournal (InstanceId, Sequence, At, Action, Actor, Inputs, Hash) VALUES " +
                "('0195A8C4-0000-7000-8000-000000000001', 1, 0, 'Started', 'x', '{{}}', 'aaaa'), ('0195A8C4-0000-7000-8000-000000000001', 2, 0, 'Claimed', 'x', '{{}}', 'bbbb');");
            await migrator.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={db.DatabasePath}");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT JournalHead FROM WorkflowInstances ORDER BY Id";
        var heads = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                heads.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["bbbb", string.Empty], heads);
    }
}
