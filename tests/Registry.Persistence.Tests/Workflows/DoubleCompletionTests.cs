using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Tests.Workflows;

public sealed class DoubleCompletionTests
{
    [Fact]
    public async Task Complete_SameTaskFromTwoHostsAtOnce_ExactlyOneWins_OtherIsToldWhoCompletedIt()
    {
        var (db, setup) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(setup, await WorkflowDatabase.SampleAsync(setup));
        for (var round = 0; round < 5; round++)
        {
            var i = await setup.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartRequest("house-transfer-resale", "王受理", $"RACE-{round}"));
            i = await setup.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
            var task = WorkflowDatabase.Task(i, "firstReview");

            // Two hosts (own engine, own DbContexts) both read the instance before either commits: a real lost update race.
            var gate = new LoadGate(2);
            var a = db.NewHost(s => s.AddSingleton<IWorkflowInstanceStore>(sp => new GatedStore(sp.GetRequiredService<EfWorkflowInstanceStore>(), gate)));
            var b = db.NewHost(s => s.AddSingleton<IWorkflowInstanceStore>(sp => new GatedStore(sp.GetRequiredService<EfWorkflowInstanceStore>(), gate)));
            var results = await Task.WhenAll(
                Attempt(a.GetRequiredService<IWorkflowRuntime>(), "张三"),
                Attempt(b.GetRequiredService<IWorkflowRuntime>(), "李四"));

            var winner = Assert.Single(results, r => r.Error is null);
            var loser = Assert.Single(results, r => r.Error is not null);
            var conflict = Assert.IsType<TaskAlreadyCompletedException>(loser.Error);
            Assert.Equal($"task 初审 already completed by {winner.Actor} at 10:00", conflict.Message);
            var stored = (await setup.GetRequiredService<IWorkflowInstanceStore>().FindAsync(i.Id))!;
            Assert.Equal(i.Version + 1, stored.Version);
            Assert.Equal(3, stored.OpenBookmarks.Length); // the split ran exactly once
            var journal = await setup.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(i.Id);
            Assert.Single(journal, e => e.Action == JournalAction.Completed && e.NodeId == "firstReview");
            Assert.True((await setup.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id)).IsIntact);

            async Task<(string Actor, Exception? Error)> Attempt(IWorkflowRuntime runtime, string actor)
            {
                await Task.Yield();
                try
                {
                    await runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision(actor, Outcomes.Approve, "同意"));
                    return (actor, null);
                }
                catch (WorkflowConcurrencyException ex)
                {
                    return (actor, ex);
                }
            }
        }
    }

    [Fact]
    public async Task Commit_StaleVersion_ThrowsConcurrencyAndWritesNothing()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var store = host.GetRequiredService<IWorkflowInstanceStore>();
        var i = await host.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartRequest("house-transfer-resale", "王受理", "STALE"));
        var stale = i with { Version = i.Version + 1, JournalSequence = i.JournalSequence + 1 };
        await store.CommitAsync(stale, i.Version, []);

        var entry = new JournalEntry(i.Id, stale.JournalSequence + 1, db.Time.GetUtcNow(), JournalAction.Suspended, null, null, "x", null, null, System.Collections.Immutable.ImmutableDictionary<string, string>.Empty, null);
        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => store.CommitAsync(stale with { Version = stale.Version }, i.Version, [entry]));
        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => store.CommitAsync(i, 0, []));

        Assert.Equal(stale.Version, (await store.FindAsync(i.Id))!.Version);
        Assert.DoesNotContain(await store.ReadJournalAsync(i.Id), e => e.Actor == "x");
    }

    /// <summary>Holds each caller's first load until <c>count</c> callers have loaded.</summary>
    private sealed class LoadGate(int count)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _remaining = count;

        public Task ArriveAsync()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _all.TrySetResult();
            }

            return _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private sealed class GatedStore(IWorkflowInstanceStore inner, LoadGate gate) : IWorkflowInstanceStore
    {
        private int _loads;

        public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default)
        {
            var instance = await inner.FindAsync(instanceId, cancellationToken);
            if (Interlocked.Increment(ref _loads) == 1)
            {
                await gate.ArriveAsync();
            }

            return instance;
        }

        public Task CommitAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken = default) =>
            inner.CommitAsync(instance, expectedVersion, journal, cancellationToken);

        public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
            inner.ReadJournalAsync(instanceId, cancellationToken);

        public Task<IReadOnlyList<Guid>> FindDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default) =>
            inner.FindDueTimersAsync(now, maxCount, cancellationToken);
    }
}
