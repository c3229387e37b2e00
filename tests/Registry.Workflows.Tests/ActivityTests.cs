using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

public sealed class ActivityTests
{
    private static readonly (string, string, string?)[] TaskThenEnd =
    [
        ("review", "humanTask", """{ "candidateGroup": "examiners", "outcomes": ["approve", "reject"], "opinionRequired": true, "formFields": ["area"] }"""),
        ("done", "end", null),
    ];

    [Fact]
    public async Task HumanTask_OpensBookmarkForCandidateGroup()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build("t", "review", TaskThenEnd, ("review", "done", "approve", null)));
        var i = await h.StartAsync("t");
        var bookmark = Harness.Task(i, "review");
        Assert.Equal(BookmarkKind.HumanTask, bookmark.Kind);
        Assert.Equal("examiners", bookmark.CandidateGroup);
        Assert.Equal(InstanceStatus.Running, i.Status);
        Assert.Equal(1, i.Version);
    }

    [Fact]
    public async Task HumanTask_OutcomeNotAllowed_IsRejectedAndStateUnchanged()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build("t", "review", TaskThenEnd, ("review", "done", "approve", null)));
        var i = await h.StartAsync("t");
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.DecideAsync(i, "review", Outcomes.Return, returnTo: "review"));
        Assert.Contains("does not allow outcome 'return'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await h.Instances.FindAsync(i.Id))!.Version);
    }

    [Fact]
    public async Task HumanTask_OpinionRequiredButMissing_IsRejected()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build("t", "review", TaskThenEnd, ("review", "done", "approve", null)));
        var i = await h.StartAsync("t");
        var ex = await Assert.ThrowsAsync<WorkflowOperationException>(() => h.DecideAsync(i, "review", Outcomes.Approve, opinion: " "));
        Assert.Contains("requires an opinion", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HumanTask_FormFields_BecomeVariablesOthersIgnored()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build("t", "review", TaskThenEnd, ("review", "done", "approve", null)));
        var i = await h.StartAsync("t");
        i = await h.DecideAsync(i, "review", Outcomes.Approve, inputs: ImmutableDictionary<string, string>.Empty.Add("area", "120.5").Add("hack", "x"));
        Assert.Equal("120.5", i.Variables["area"]);
        Assert.False(i.Variables.ContainsKey("hack"));
        Assert.Equal(InstanceStatus.Completed, i.Status);
    }

    [Fact]
    public async Task HumanTask_RejectWithoutRejectTransition_EndsRejected()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build("t", "review", TaskThenEnd, ("review", "done", "approve", null)));
        var i = await h.StartAsync("t");
        i = await h.DecideAsync(i, "review", Outcomes.Reject);
        Assert.Equal(InstanceStatus.Rejected, i.Status);
    }

    [Theory]
    [InlineData(RuleSetVerdict.Pass, "passed")]
    [InlineData(RuleSetVerdict.Warn, "warned")]
    [InlineData(RuleSetVerdict.Block, "blocked")]
    public async Task RuleCheck_RoutesByVerdict(RuleSetVerdict verdict, string expected)
    {
        var h = new Harness();
        h.Rules.Verdicts["rs"] = verdict;
        await h.PublishAsync(Harness.Build(
            "t",
            "check",
            [("check", "ruleCheck", """{ "ruleSet": "rs" }"""), ("passed", "humanTask", Harness.Task3), ("warned", "humanTask", Harness.Task3), ("blocked", "humanTask", Harness.Task3), ("done", "end", null)],
            ("check", "passed", "pass", null),
            ("check", "warned", "warn", null),
            ("check", "blocked", "block", null),
            ("passed", "done", "approve", null),
            ("warned", "done", "approve", null),
            ("blocked", "done", "approve", null)));
        var i = await h.StartAsync("t", ("x", "1"));
        Assert.Equal([expected], i.CurrentNodeIds);
        var call = Assert.Single(h.Rules.Calls);
        Assert.Equal("rs", call.Name);
        Assert.Equal("1", call.Variables["x"]);
        Assert.Contains(await h.JournalAsync(i.Id), e => e.NodeId == "check" && e.RuleResultReference == "rules/rs/1");
    }

    [Theory]
    [InlineData(RuleSetVerdict.Pass, "done")]
    [InlineData(RuleSetVerdict.Warn, "manual")]
    [InlineData(RuleSetVerdict.Block, "manual")]
    public async Task AutoDecision_ApprovesOnlyWhenFullyPassing(RuleSetVerdict verdict, string expected)
    {
        var h = new Harness();
        h.Rules.Verdicts["auto"] = verdict;
        await h.PublishAsync(Harness.Build(
            "t",
            "auto",
            [("auto", "autoDecision", """{ "ruleSet": "auto" }"""), ("manual", "humanTask", Harness.Task3), ("done", "end", null)],
            ("auto", "done", "approve", null),
            ("auto", "manual", "manual", null),
            ("manual", "done", "approve", null)));
        var i = await h.StartAsync("t");
        Assert.Equal(expected == "done" ? InstanceStatus.Completed : InstanceStatus.Running, i.Status);
        Assert.Equal(expected == "done" ? [] : ["manual"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task SplitAndJoin_JoinFiresExactlyOnceAfterAllBranches()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "split",
            [("split", "parallelSplit", null), ("a", "humanTask", Harness.Task3), ("b", "humanTask", Harness.Task3), ("join", "join", null), ("after", "humanTask", Harness.Task3), ("done", "end", null)],
            ("split", "a", null, null),
            ("split", "b", null, null),
            ("a", "join", "approve", null),
            ("b", "join", "approve", null),
            ("join", "after", null, null),
            ("after", "done", "approve", null)));
        var i = await h.StartAsync("t");
        Assert.Equal(["a", "b"], i.CurrentNodeIds.Order(StringComparer.Ordinal));
        i = await h.DecideAsync(i, "b", Outcomes.Approve);
        Assert.Equal(["a"], i.CurrentNodeIds);
        i = await h.DecideAsync(i, "a", Outcomes.Approve);
        Assert.Equal(["after"], i.CurrentNodeIds);
        Assert.Single(await h.JournalAsync(i.Id), e => e.NodeId == "join" && e.Action == JournalAction.Executed);
    }

    [Fact]
    public async Task Split_ConditionalBranch_OnlyStartsBranchesWhoseConditionHolds()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "split",
            [("split", "parallelSplit", null), ("a", "humanTask", Harness.Task3), ("b", "humanTask", Harness.Task3), ("done", "end", null)],
            ("split", "a", null, "mortgaged == true"),
            ("split", "b", null, null),
            ("a", "done", "approve", null),
            ("b", "done", "approve", null)));
        var i = await h.StartAsync("t", ("mortgaged", "false"));
        Assert.Equal(["b"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task Wait_Signal_ResumesAndMergesPayload_AndPausedClockIsRecorded()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "announce",
            [("announce", "wait", """{ "signal": "announcement-over", "clockEffect": "paused" }"""), ("done", "end", null)],
            ("announce", "done", null, null)));
        var i = await h.StartAsync("t");
        Assert.Equal(BookmarkKind.Signal, Harness.Task(i, "announce").Kind);
        Assert.Single(i.PauseIntervals, p => p.End is null && p.Reason == "wait:announcement-over");

        await Assert.ThrowsAsync<WorkflowOperationException>(() => h.Runtime.SignalAsync(i.Id, "tax-paid", "sys"));
        h.Time.Advance(TimeSpan.FromDays(15));
        i = await h.Runtime.SignalAsync(i.Id, "announcement-over", "公告系统", ImmutableDictionary<string, string>.Empty.Add("objections", "0"));
        Assert.Equal(InstanceStatus.Completed, i.Status);
        Assert.Equal("0", i.Variables["objections"]);
        Assert.Equal(TimeSpan.FromDays(15), i.PauseIntervals.Single().End - i.PauseIntervals.Single().Start);
    }

    [Fact]
    public async Task Wait_Timer_IsABookmarkFiredOnlyBySweepWhenDue()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "cool",
            [("cool", "wait", """{ "after": "P3D" }"""), ("next", "humanTask", Harness.Task3), ("done", "end", null)],
            ("cool", "next", null, null),
            ("next", "done", "approve", null)));
        var i = await h.StartAsync("t");
        Assert.Equal(h.Time.GetUtcNow().AddDays(3), Harness.Task(i, "cool").DueAt);

        h.Time.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await h.Runtime.SweepTimersAsync());
        h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await h.Runtime.SweepTimersAsync());
        Assert.Equal(0, await h.Runtime.SweepTimersAsync());
        i = (await h.Instances.FindAsync(i.Id))!;
        Assert.Equal(["next"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task Wait_InWorkingDays_IsDueWhenTheLastWorkingDayOfTheHostCalendarEnds()
    {
        var h = new Harness();
        for (var d = new DateOnly(2025, 10, 1); d <= new DateOnly(2025, 10, 8); d = d.AddDays(1))
        {
            h.Calendar.Holidays.Add(d); // 国庆、中秋
        }

        await h.PublishAsync(Harness.Build(
            "t",
            "notice",
            [("notice", "wait", """{ "signal": "party-applied", "afterWorkingDays": 5, "clockEffect": "paused" }"""), ("next", "humanTask", Harness.Task3), ("done", "end", null)],
            ("notice", "done", null, null),
            ("notice", "next", "timeout", null),
            ("next", "done", "approve", null)));
        var i = await h.StartAsync("t"); // Friday 2025-09-26 10:00: 29, 30 Sep, then 9, 10, 13 Oct

        var due = new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(due, Harness.Task(i, "notice").DueAt);
        h.Time.Advance(due - h.Time.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await h.Runtime.SweepTimersAsync());
        h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await h.Runtime.SweepTimersAsync());
        Assert.Equal(["next"], (await h.Instances.FindAsync(i.Id))!.CurrentNodeIds);
    }

    [Theory]
    [InlineData("""{ "signal": "s", "afterWorkingDays": 0 }""", "$.nodes[0].inputs.afterWorkingDays: must be at least 1")] // the schema
    [InlineData("""{ "signal": "s", "afterWorkingDays": "30" }""", "$.nodes[0].inputs.afterWorkingDays: expected integer, found string")]
    [InlineData("""{ "signal": "s", "afterWorkingDays": 30, "after": "P30D" }""", "node 'w': give either 'after' or 'afterWorkingDays', not both")] // the validator
    public void Wait_InWorkingDays_BadInputIsNamedAtTheNode(string inputs, string message)
    {
        string Problems()
        {
            try
            {
                var d = Harness.Build("t", "w", [("w", "wait", inputs), ("done", "end", null)], ("w", "done", null, null));
                return string.Join("\n", new WorkflowDefinitionValidator(Harness.Kinds).Validate(d, "t.json"));
            }
            catch (WorkflowDefinitionException e)
            {
                return e.Message;
            }
        }

        Assert.Contains(message, Problems(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_SignalWithDeadline_TimesOutThroughTimeoutTransition()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "tax",
            [("tax", "wait", """{ "signal": "tax-paid", "after": "PT48H" }"""), ("chase", "humanTask", Harness.Task3), ("done", "end", null)],
            ("tax", "done", null, null),
            ("tax", "chase", "timeout", null),
            ("chase", "done", "approve", null)));
        var i = await h.StartAsync("t");
        h.Time.Advance(TimeSpan.FromHours(48));
        Assert.Equal(1, await h.Runtime.SweepTimersAsync());
        i = (await h.Instances.FindAsync(i.Id))!;
        Assert.Equal(["chase"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task RecordCertificateNotify_CallPortsInOrderWithIdempotencyKeys()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "record",
            [("record", "record", """{ "effect": "transfer" }"""), ("cert", "certificate", """{ "certificateKind": "e-cert" }"""), ("tell", "notify", """{ "template": "ready" }"""), ("done", "end", null)],
            ("record", "cert", null, null),
            ("cert", "tell", null, null),
            ("tell", "done", null, null)));
        var i = await h.StartAsync("t");
        Assert.Equal(["record:transfer", "certificate:e-cert", "notify:ready"], h.Ports.Calls);
        Assert.Equal("REC-0001", i.Variables["record.ref"]);
        Assert.StartsWith("苏(2025)", i.Variables["cert.ref"], StringComparison.Ordinal);
        Assert.Equal(InstanceStatus.Completed, i.Status);
    }

    [Theory]
    [InlineData("completed", InstanceStatus.Completed)]
    [InlineData("rejected", InstanceStatus.Rejected)]
    [InlineData("withdrawn", InstanceStatus.Withdrawn)]
    public async Task End_SetsResultStatus(string result, InstanceStatus expected)
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build("t", "end", [("end", "end", $$"""{ "result": "{{result}}" }""")]));
        var i = await h.StartAsync("t");
        Assert.Equal(expected, i.Status);
        Assert.True(i.IsEnded);
    }

    [Fact]
    public async Task End_ReachedFromOneBranch_CancelsOtherBranchBookmarks()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Build(
            "t",
            "split",
            [("split", "parallelSplit", null), ("a", "humanTask", Harness.Task3), ("b", "humanTask", Harness.Task3), ("join", "join", null), ("done", "end", null), ("no", "end", """{ "result": "rejected" }""")],
            ("split", "a", null, null),
            ("split", "b", null, null),
            ("a", "join", "approve", null),
            ("b", "join", "approve", null),
            ("a", "no", "reject", null),
            ("join", "done", null, null)));
        var i = await h.StartAsync("t");
        i = await h.DecideAsync(i, "a", Outcomes.Reject);
        Assert.Equal(InstanceStatus.Rejected, i.Status);
        Assert.Empty(i.OpenBookmarks);
        Assert.Contains(i.ClosedBookmarks, c => c.Bookmark.NodeId == "b" && c.Outcome == "cancelled");
    }
}
