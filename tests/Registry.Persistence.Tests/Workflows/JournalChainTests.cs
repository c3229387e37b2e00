using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Tests.Workflows;

public sealed class JournalChainTests
{
    private static async Task<(WorkflowDatabase Db, ServiceProvider Host, WorkflowInstance Instance)> InstanceWithHistoryAsync()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "CHAIN-1"));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        return (db, host, i);
    }

    [Fact]
    public async Task Verify_UntouchedJournal_IsIntact()
    {
        var (db, host, i) = await InstanceWithHistoryAsync();
        await using var _ = db;

        var result = await host.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(i.JournalSequence, result.EntryCount);
    }

    [Fact]
    public async Task Verify_RowChangedInDatabase_ReportsThatRowAsFirstBrokenLink()
    {
        var (db, host, i) = await InstanceWithHistoryAsync();
        await using var _ = db;
        await using (var context = host.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext())
        {
            var row = await context.Set<WorkflowJournalRow>().SingleAsync(r => r.InstanceId == i.Id && r.NodeId == "firstReview" && r.Action == "Completed");
            await context.Set<WorkflowJournalRow>()
                .Where(r => r.InstanceId == i.Id && r.Sequence == row.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Opinion, "不同意"));
            var result = await host.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id);

            Assert.False(result.IsIntact);
            Assert.Equal(row.Sequence, result.BrokenAtSequence);
            Assert.Contains($"journal row {row.Sequence} does not match its hash", result.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Verify_RowsDeleted_ReportsMissingRows()
    {
        var (db, host, i) = await InstanceWithHistoryAsync();
        await using var _ = db;
        await using var context = host.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();
        var verifier = host.GetRequiredService<IWorkflowJournalVerifier>();

        await context.Set<WorkflowJournalRow>().Where(r => r.InstanceId == i.Id && r.Sequence == i.JournalSequence).ExecuteDeleteAsync();
        var truncated = await verifier.VerifyAsync(i.Id);
        await context.Set<WorkflowJournalRow>().Where(r => r.InstanceId == i.Id && r.Sequence == 2).ExecuteDeleteAsync();
        var gap = await verifier.VerifyAsync(i.Id);

        Assert.Equal(i.JournalSequence, truncated.BrokenAtSequence);
        Assert.Contains("only", truncated.Problem, StringComparison.Ordinal);
        Assert.Equal(2, gap.BrokenAtSequence);
        Assert.Equal("journal row 2 is missing (next row is 3)", gap.Problem);
    }
}
