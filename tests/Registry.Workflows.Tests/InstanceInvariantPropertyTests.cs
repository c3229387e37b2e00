using System.Collections.Immutable;
using CsCheck;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

/// <summary>Random sequences of legal and illegal commands on the sample definition never leave an instance invalid.</summary>
public sealed class InstanceInvariantPropertyTests
{
    private static readonly string[] DecisionOutcomes = ["approve", "approve", "approve", "approve", "approve", "approve", "approve", "approve", "return", "return", "reject", "suspend", "bogus"];
    private static readonly string?[] ReturnTargets = [null, "acceptance", "firstReview", "tradeCheck", "registrationReview", "approval", "intakeCheck", "nowhere"];
    private static readonly string[] BranchNodes = ["tradeCheck", "taxPaid", "registrationReview"];

    private sealed record Command(int Kind, int Pick, int Outcome, int Target);

    private static readonly Gen<Command> GenCommand =
        Gen.Select(Gen.Int[0, 12], Gen.Int[0, 5], Gen.Int[0, DecisionOutcomes.Length - 1], Gen.Int[0, ReturnTargets.Length - 1])
            .Select((k, p, o, t) => new Command(k, p, o, t));

    private static readonly Gen<(RuleSetVerdict Intake, RuleSetVerdict Auto, bool AutoEligible, Command[] Commands)> GenRun =
        Gen.Select(Gen.Enum<RuleSetVerdict>(), Gen.Enum<RuleSetVerdict>(), Gen.Bool, GenCommand.Array[1, 60]);

    [Fact]
    public async Task RandomCommandSequences_NeverLeaveAnInstanceInvalid()
    {
        await GenRun.SampleAsync(
            async run =>
            {
                var h = new Harness();
                h.Rules.Verdicts["house-transfer-resale.intake"] = run.Intake;
                h.Rules.Verdicts["house-transfer-resale.auto-approve"] = run.Auto;
                var definition = await h.PublishAsync(Harness.Sample());
                var instance = await h.StartAsync("house-transfer-resale", ("autoEligible", run.AutoEligible ? "true" : "false"));
                await CheckAsync(h, definition, instance);
                Interlocked.Increment(ref _runs);

                foreach (var command in run.Commands)
                {
                    var before = (await h.Instances.FindAsync(instance.Id))!;
                    WorkflowInstance? after = null;
                    try
                    {
                        after = await ApplyAsync(h, before, command);
                    }
                    catch (WorkflowException)
                    {
                        // Illegal commands are expected; they must leave the stored instance untouched.
                    }

                    var stored = (await h.Instances.FindAsync(instance.Id))!;
                    Assert.Equal(after is null ? before.Version : before.Version + 1, stored.Version);
                    if (after is null)
                    {
                        Assert.Same(before, stored);
                    }

                    await CheckAsync(h, definition, stored);
                }

                var journal = await h.JournalAsync(instance.Id);
                if (journal.Any(e => e.NodeId == "join" && e.Action == JournalAction.Executed))
                {
                    Interlocked.Increment(ref _joinsReached);
                }

                if ((await h.Instances.FindAsync(instance.Id))!.Status == InstanceStatus.Completed)
                {
                    Interlocked.Increment(ref _completed);
                }
            },
            iter: 300,
            threads: 1);

        // The generator must actually reach the interesting states, or the property proves little.
        Assert.True(_joinsReached > _runs / 10, $"only {_joinsReached} of {_runs} runs reached the join");
        Assert.True(_completed > 0, $"no run of {_runs} completed");
    }

    private int _runs;
    private int _joinsReached;
    private int _completed;


    private static Task<WorkflowInstance> ApplyAsync(Harness h, WorkflowInstance i, Command c)
    {
        var open = i.OpenBookmarks;
        switch (c.Kind)
        {
            case <= 7:
                // Completing a task, including already-closed ones (a stale worklist).
                var pool = open.Where(b => b.Kind == BookmarkKind.HumanTask).Select(b => b.Id).ToList();
                if (c.Pick == 5 || pool.Count == 0)
                {
                    pool.AddRange(i.ClosedBookmarks.Select(x => x.Bookmark.Id));
                }

                var id = pool.Count == 0 ? "missing" : pool[c.Pick % pool.Count];
                var outcome = DecisionOutcomes[c.Outcome];
                return h.Runtime.CompleteTaskAsync(i.Id, id, new TaskDecision("考生", outcome, c.Pick % 4 == 0 ? null : "意见", ReturnTargets[c.Target], "R", "原因"));
            case 8:
                return h.Runtime.SignalAsync(i.Id, c.Pick % 3 == 0 ? "bogus" : "tax-paid", "税务系统");
            case 9:
                return h.Runtime.SuspendAsync(i.Id, "考生", "S", "中止");
            case 10:
                return h.Runtime.ResumeAsync(i.Id, "考生");
            case 11:
                return c.Pick == 0 ? h.Runtime.WithdrawAsync(i.Id, "申请人") : h.Runtime.ResumeAsync(i.Id, "考生");
            default:
                return h.Runtime.MigrateAsync(i.Id, 1, ImmutableDictionary<string, string>.Empty, "管理员");
        }
    }

    private static async Task CheckAsync(Harness h, WorkflowDefinition definition, WorkflowInstance i)
    {
        var kinds = definition.Nodes.ToDictionary(n => n.Id, n => n.Kind);

        // No orphan bookmarks: an ended instance waits on nothing; a live one waits on something; every bookmark sits on a waiting node.
        if (i.IsEnded)
        {
            Assert.Empty(i.OpenBookmarks);
            Assert.Empty(i.JoinArrivals);
            Assert.All(i.ClockIntervals, c => Assert.NotNull(c.End));
        }
        else
        {
            Assert.NotEmpty(i.OpenBookmarks);
        }

        Assert.All(i.OpenBookmarks, b => Assert.Contains(kinds[b.NodeId], new[] { ActivityKinds.HumanTask, ActivityKinds.Wait }));

        // At most one open bookmark per node (no two active tasks on one sequential node).
        Assert.Equal(i.OpenBookmarks.Length, i.OpenBookmarks.Select(b => b.NodeId).Distinct().Count());

        // Nothing is both open and closed.
        Assert.Empty(i.OpenBookmarks.Select(b => b.Id).Intersect(i.ClosedBookmarks.Select(c => c.Bookmark.Id)));

        // Join arrivals only name real branch sources, and a branch that has arrived is not also still open.
        foreach (var (join, arrived) in i.JoinArrivals)
        {
            Assert.Equal("join", join);
            Assert.All(arrived, a => Assert.Contains(a, BranchNodes));
            Assert.True(arrived.Length < BranchNodes.Length, "a complete set of arrivals must have fired the join");
            Assert.Empty(arrived.Intersect(i.CurrentNodeIds));
            Assert.True(arrived.IsEmpty || BranchNodes.Intersect(i.CurrentNodeIds).Any(), "join arrivals kept while no branch is still running");
        }

        // Suspension bookkeeping matches the status.
        var openSuspensions = i.ClockIntervals.Count(c => c.End is null && c.Reason == "suspension");
        Assert.Equal(i.Status == InstanceStatus.Suspended ? 1 : 0, openSuspensions);

        // Journal: gap-free, and the join fires exactly once per completed set of branches (never twice without a branch finishing in between).
        var journal = await h.JournalAsync(i.Id);
        Assert.Equal(i.JournalSequence, journal.Count);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(n => (long)n), journal.Select(e => e.Sequence));
        var branchDoneSinceJoin = true;
        foreach (var e in journal)
        {
            if (e.NodeId is { } n && BranchNodes.Contains(n) && e.Action is JournalAction.Completed or JournalAction.Signalled)
            {
                branchDoneSinceJoin = true;
            }

            if (e.NodeId == "join" && e.Action == JournalAction.Executed)
            {
                Assert.True(branchDoneSinceJoin, "join fired twice without a branch completing in between");
                branchDoneSinceJoin = false;
            }
        }
    }
}
