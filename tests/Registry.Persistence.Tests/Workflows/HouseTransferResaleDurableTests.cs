using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Persistence.Tests.Workflows;

public sealed class HouseTransferResaleDurableTests
{
    [Fact]
    public async Task Sample_RunsEndToEnd_ThroughEfStores_WithReturnAndParallelCheck()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();

        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "2025-长丰-0001", ImmutableDictionary<string, string>.Empty.Add("declaredPrice", "1200000")));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        db.Time.Advance(TimeSpan.FromMinutes(30));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Return, "缺少完税证明", ReasonCode: "R01", ReasonText: "材料不全"));
        Assert.Equal(["acceptance"], i.CurrentNodeIds);
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        Assert.Equal(["registrationReview", "taxPaid", "tradeCheck"], i.CurrentNodeIds.Order(StringComparer.Ordinal));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "tradeCheck").Id, new TaskDecision("李四", Outcomes.Approve));
        i = await runtime.SignalAsync(i.Id, "tax-paid", "税务系统");
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "registrationReview").Id, new TaskDecision("赵六", Outcomes.Approve, "符合登记条件"));
        Assert.Equal(["approval"], i.CurrentNodeIds);
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "approval").Id, new TaskDecision("钱核定", Outcomes.Approve, "准予登记"));

        Assert.Equal(InstanceStatus.Completed, i.Status);
        Assert.Equal(["record:transfer", "certificate:real-estate-certificate", "notify:certificate-ready"], db.Ports.Calls.Where(c => !c.StartsWith("rules:", StringComparison.Ordinal)));
        var stored = await host.GetRequiredService<IWorkflowInstanceStore>().FindAsync(i.Id);
        Assert.Equal(i, stored, new InstanceComparer());
        var journal = await host.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(i.Id);
        Assert.Equal(Enumerable.Range(1, (int)i.JournalSequence).Select(x => (long)x), journal.Select(e => e.Sequence));
        Assert.Contains(journal, e => e.Action == JournalAction.Returned && e.Actor == "张三" && e.Opinion == "缺少完税证明" && e.Inputs["returnTo"] == "acceptance");
        Assert.Contains(journal, e => e.Action == JournalAction.Executed && e.NodeId == "join");
        Assert.Equal(JournalAction.Ended, journal[^1].Action);
        Assert.True((await host.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id)).IsIntact);
        await using var context = host.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();
        Assert.False(await context.Set<WorkflowBookmarkRow>().AnyAsync(b => b.InstanceId == i.Id));
        Assert.Equal("Completed", await context.Set<WorkflowInstanceRow>().Where(r => r.Id == i.Id).Select(r => r.Status).SingleAsync());
    }

    [Fact]
    public async Task Restart_NewServiceProviderOnSameFile_ResumesWaitingInstance()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var first = host.GetRequiredService<IWorkflowRuntime>();
        var i = await first.StartAsync(new StartRequest("house-transfer-resale", "王受理", "2025-长丰-0002"));
        i = await first.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        await host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var restarted = db.NewHost();
        var worklist = await restarted.GetRequiredService<IWorkTaskQuery>().FindAsync(new WorkTaskCriteria(["examiner"]));
        var task = Assert.Single(worklist.Items);
        Assert.Equal(("firstReview", i.Id, "2025-长丰-0002"), (task.NodeId, task.InstanceId, task.CorrelationId));
        var resumed = await restarted.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(task.InstanceId, task.BookmarkId, new TaskDecision("张三", Outcomes.Approve, "同意"));

        Assert.Equal(i.Version + 1, resumed.Version);
        Assert.Contains("tradeCheck", resumed.CurrentNodeIds);
        Assert.True((await restarted.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id)).IsIntact);
    }

    /// <summary>Instances hold immutable collections, which compare by reference; compare their JSON instead.</summary>
    private sealed class InstanceComparer : IEqualityComparer<WorkflowInstance?>
    {
        public bool Equals(WorkflowInstance? x, WorkflowInstance? y) =>
            x is not null && y is not null && WorkflowStateJson.Write(x) == WorkflowStateJson.Write(y);

        public int GetHashCode(WorkflowInstance? obj) => 0;
    }
}
