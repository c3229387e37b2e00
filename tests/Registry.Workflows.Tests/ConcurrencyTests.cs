using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Complete_SecondDecisionOnSameTask_IsRejectedWithConflict()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
        h.Time.Advance(TimeSpan.FromMinutes(42));
        var task = Harness.Task(i, "firstReview");

        var first = await h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        var ex = await Assert.ThrowsAsync<TaskAlreadyCompletedException>(() => h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision("李四", Outcomes.Reject, "不同意")));

        Assert.Equal("task 初审 already completed by 张三 at 10:42", ex.Message);
        Assert.Equal("张三", ex.Closed.ClosedBy);
        Assert.Equal(first.Version, (await h.Instances.FindAsync(i.Id))!.Version);
    }

    [Fact]
    public async Task Complete_TwoThreadsOnSameTask_ExactlyOneWinsOtherGetsNamedConflict()
    {
        for (var round = 0; round < 50; round++)
        {
            var h = new Harness();
            await h.PublishAsync(Harness.Sample());
            var i = await h.StartAsync("house-transfer-resale");
            i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
            var task = Harness.Task(i, "firstReview");
            using var gate = new ManualResetEventSlim();
            Task<WorkflowInstance> Decide(string who) => Task.Run(async () =>
            {
                gate.Wait();
                return await h.Runtime.CompleteTaskAsync(i.Id, task.Id, new TaskDecision(who, Outcomes.Approve, "同意"));
            });

            var a = Decide("张三");
            var b = Decide("李四");
            gate.Set();
            var results = await Task.WhenAll(a.ContinueWith(t => t), b.ContinueWith(t => t));

            var winners = results.Where(t => t.IsCompletedSuccessfully).ToList();
            var losers = results.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException).ToList();
            Assert.True(winners.Count == 1, $"{winners.Count} winners");
            var conflict = Assert.IsType<TaskAlreadyCompletedException>(Assert.Single(losers));
            var stored = (await h.Instances.FindAsync(i.Id))!;
            Assert.Equal(conflict.Closed.ClosedBy, stored.ClosedBookmarks.Single(c => c.Bookmark.Id == task.Id).ClosedBy);
            Assert.Equal(3, stored.OpenBookmarks.Length); // the split ran exactly once
            Assert.Single(await h.JournalAsync(i.Id), e => e.NodeId == "split");
        }
    }

    [Fact]
    public async Task Complete_ParallelBranchesAtOnce_BothSucceedAfterRetryAndJoinFiresOnce()
    {
        for (var round = 0; round < 30; round++)
        {
            var h = new Harness();
            await h.PublishAsync(Harness.Sample());
            var i = await h.StartAsync("house-transfer-resale");
            i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
            i = await h.DecideAsync(i, "firstReview", Outcomes.Approve);
            i = await h.Runtime.SignalAsync(i.Id, "tax-paid", "税务系统");
            var trade = Harness.Task(i, "tradeCheck");
            var review = Harness.Task(i, "registrationReview");

            await Task.WhenAll(
                Task.Run(() => h.Runtime.CompleteTaskAsync(i.Id, trade.Id, new TaskDecision("李四", Outcomes.Approve))),
                Task.Run(() => h.Runtime.CompleteTaskAsync(i.Id, review.Id, new TaskDecision("赵六", Outcomes.Approve, "同意"))));

            var stored = (await h.Instances.FindAsync(i.Id))!;
            Assert.Equal(["approval"], stored.CurrentNodeIds);
            Assert.Single(await h.JournalAsync(i.Id), e => e.NodeId == "join" && e.Action == Journal.JournalAction.Executed);
        }
    }
}
