using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Application.Worklist;
using Registry.Persistence.Backplane;

namespace Registry.Persistence.Tests.Backplane;

/// <summary>Two web nodes' worklist events on one PostgreSQL server: a change on one is told on the other, once.</summary>
public sealed class PostgresWorklistEventsTests
{
    [PostgresFact]
    public async Task ChangeRaisedOnOneNode_IsToldOnTheOther_WithinASecond_AndOnceOnItsOwn()
    {
        await using var nodeA = new PostgresWorklistEvents(PostgresFactAttribute.Server!, NullLogger<PostgresWorklistEvents>.Instance);
        await using var nodeB = new PostgresWorklistEvents(PostgresFactAttribute.Server!, NullLogger<PostgresWorklistEvents>.Instance);
        var seenOnA = new ConcurrentQueue<WorklistChange>();
        var seenOnB = new ConcurrentQueue<WorklistChange>();
        var arrivedOnB = new TaskCompletionSource<WorklistChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        nodeA.Changed += seenOnA.Enqueue;
        nodeB.Changed += c =>
        {
            seenOnB.Enqueue(c);
            arrivedOnB.TrySetResult(c);
        };
        await nodeA.StartAsync(CancellationToken.None);
        await nodeB.StartAsync(CancellationToken.None);
        await Task.WhenAll(nodeA.Listening, nodeB.Listening).WaitAsync(TimeSpan.FromSeconds(10));

        // The first change opens the sender's connection; the second is what a decision meets on a running node.
        var first = new WorklistChange(WorklistChangeKind.Claimed, Guid.NewGuid(), "340121202612070001", "reviewer1");
        nodeA.Raise(first);
        Assert.Equal(first, await arrivedOnB.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        arrivedOnB = new TaskCompletionSource<WorklistChange>(TaskCreationOptions.RunContinuationsAsynchronously);

        var change = new WorklistChange(WorklistChangeKind.Completed, Guid.NewGuid(), "340121202612070001", "reviewer1");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        nodeA.Raise(change);

        var received = await arrivedOnB.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(change, received);
        await Task.Delay(300); // give a duplicate, if any, time to arrive
        Assert.Equal([first, change], seenOnA);  // told locally at once, not again from its own notifications
        Assert.Equal([first, change], seenOnB);
    }

    [PostgresFact]
    public async Task NodeThatIsNotListening_LosesNothingOnTheRaisingNode()
    {
        // A node whose sender cannot reach the server still tells its own worklists: the decision was committed.
        await using var node = new PostgresWorklistEvents("Host=127.0.0.1;Port=1;Username=nobody;Timeout=1", NullLogger<PostgresWorklistEvents>.Instance);
        var seen = new ConcurrentQueue<WorklistChange>();
        node.Changed += seen.Enqueue;
        await node.StartAsync(CancellationToken.None);
        var change = new WorklistChange(WorklistChangeKind.Claimed, Guid.NewGuid(), null, "reviewer1");

        node.Raise(change);

        Assert.Equal([change], seen);
        await node.StopAsync(CancellationToken.None); // stops although the server is unreachable
    }
}
