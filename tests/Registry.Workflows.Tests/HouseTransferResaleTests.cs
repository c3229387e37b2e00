using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Diagram;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

public sealed class HouseTransferResaleTests
{
    [Fact]
    public void SampleDefinition_PassesSchemaAndStructuralValidation()
    {
        var definition = Harness.Sample();
        var issues = new WorkflowDefinitionValidator(
            Harness.Kinds,
            new HashSet<string> { "acceptor", "examiner", "trade-officer", "approver" },
            new HashSet<string> { "house-transfer-resale.intake", "house-transfer-resale.auto-approve" }).Validate(definition);
        Assert.Empty(issues);
        Assert.Equal("存量房转移登记", definition.DisplayName.Zh);
    }

    [Fact]
    public async Task FullLifecycle_WithReturnAndJoin_CompletesAndRecordsThenIssuesCertificate()
    {
        var h = new Harness();
        h.Rules.Verdicts["house-transfer-resale.intake"] = RuleSetVerdict.Warn;
        await h.PublishAsync(Harness.Sample());

        var i = await h.StartAsync("house-transfer-resale");
        Assert.Equal(["acceptance"], i.CurrentNodeIds);

        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve, "王受理");
        Assert.Equal(["firstReview"], i.CurrentNodeIds); // warn routes to a person

        h.Time.Advance(TimeSpan.FromHours(1));
        i = await h.DecideAsync(i, "firstReview", Outcomes.Return, "张三", "缺少完税凭证", returnTo: "acceptance");
        Assert.Equal(["acceptance"], i.CurrentNodeIds);
        Assert.Single(i.PauseIntervals, p => p.Reason == "supplement" && p.End is null);

        h.Time.Advance(TimeSpan.FromDays(2));
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve, "王受理");
        Assert.Equal(h.Time.GetUtcNow(), i.PauseIntervals.Single().End);
        i = await h.DecideAsync(i, "firstReview", Outcomes.Approve, "张三");
        Assert.Equal(["registrationReview", "taxPaid", "tradeCheck"], i.CurrentNodeIds.Order(StringComparer.Ordinal));

        i = await h.DecideAsync(i, "tradeCheck", Outcomes.Approve, "李四");
        i = await h.DecideAsync(i, "registrationReview", Outcomes.Approve, "赵六");
        Assert.Equal(["taxPaid"], i.CurrentNodeIds); // the join waits for the third branch
        Assert.Equal(2, i.JoinArrivals["join"].Length);

        i = await h.Runtime.SignalAsync(i.Id, "tax-paid", "税务系统", ImmutableDictionary<string, string>.Empty.Add("taxReceipt", "T-9"));
        Assert.Equal(["approval"], i.CurrentNodeIds);
        Assert.False(i.JoinArrivals.ContainsKey("join"));

        i = await h.DecideAsync(i, "approval", Outcomes.Approve, "周核定");
        Assert.Equal(InstanceStatus.Completed, i.Status);
        Assert.Empty(i.OpenBookmarks);
        Assert.Equal(["record:transfer", "certificate:real-estate-certificate", "notify:certificate-ready"], h.Ports.Calls);
        Assert.Equal("REC-0001", i.Variables["record.ref"]);
        Assert.Equal("T-9", i.Variables["taxReceipt"]);

        var journal = await h.JournalAsync(i.Id);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(n => (long)n), journal.Select(e => e.Sequence));
        Assert.Single(journal, e => e.Action == JournalAction.Executed && e.NodeId == "join");
        Assert.Contains(journal, e => e.Action == JournalAction.Executed && e.NodeId == "intakeCheck" && e.RuleResultReference is not null);
    }

    [Fact]
    public async Task AutoDecision_WhenRulesFullyPass_SkipsFirstReview()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve, inputs: ImmutableDictionary<string, string>.Empty.Add("autoEligible", "true"));
        Assert.Equal(3, i.OpenBookmarks.Length);
        Assert.DoesNotContain("firstReview", i.CurrentNodeIds);
    }

    [Fact]
    public async Task AutoDecision_WhenRulesWarn_RoutesToFirstReview()
    {
        var h = new Harness();
        h.Rules.Verdicts["house-transfer-resale.auto-approve"] = RuleSetVerdict.Warn;
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve, inputs: ImmutableDictionary<string, string>.Empty.Add("autoEligible", "true"));
        Assert.Equal(["firstReview"], i.CurrentNodeIds);
    }

    [Fact]
    public async Task Return_FromBranchToAcceptance_CancelsSiblingBranchesAndClearsJoin()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
        i = await h.DecideAsync(i, "firstReview", Outcomes.Approve);
        i = await h.DecideAsync(i, "registrationReview", Outcomes.Approve);
        Assert.Single(i.JoinArrivals["join"]);

        i = await h.DecideAsync(i, "tradeCheck", Outcomes.Return, returnTo: "acceptance");
        Assert.Equal(["acceptance"], i.CurrentNodeIds);
        Assert.Empty(i.JoinArrivals);
        Assert.Contains(i.ClosedBookmarks, c => c.Bookmark.NodeId == "taxPaid" && c.Outcome == "cancelled");
    }

    [Fact]
    public async Task Return_FromApprovalIntoOneBranch_RedoesOnlyThatBranchAndJoinFiresOnce()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
        i = await h.DecideAsync(i, "firstReview", Outcomes.Approve);
        i = await h.DecideAsync(i, "tradeCheck", Outcomes.Approve);
        i = await h.DecideAsync(i, "registrationReview", Outcomes.Approve);
        i = await h.Runtime.SignalAsync(i.Id, "tax-paid", "税务系统");

        i = await h.DecideAsync(i, "approval", Outcomes.Return, "周核定", "请补充审查意见");
        Assert.Equal(["registrationReview"], i.CurrentNodeIds);
        Assert.Single(i.ClockIntervals, c => c.Reason == "return" && c.Effect == ClockEffect.Running);

        i = await h.DecideAsync(i, "registrationReview", Outcomes.Approve);
        Assert.Equal(["approval"], i.CurrentNodeIds);
        var journal = await h.JournalAsync(i.Id);
        Assert.Equal(2, journal.Count(e => e.Action == JournalAction.Executed && e.NodeId == "join"));
        Assert.Equal(1, journal.Count(e => e.Action == JournalAction.Executed && e.NodeId == "split"));
    }

    [Fact]
    public async Task Reject_AtFirstReview_EndsRejected()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
        i = await h.DecideAsync(i, "firstReview", Outcomes.Reject, opinion: "权属不清");
        Assert.Equal(InstanceStatus.Rejected, i.Status);
        Assert.Empty(i.OpenBookmarks);
    }

    [Fact]
    public async Task JournalText_RendersChineseLinesWithLocalTime()
    {
        var h = new Harness();
        await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        h.Time.Advance(TimeSpan.FromMinutes(42));
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve, "王受理", "材料齐全");
        i = await h.DecideAsync(i, "firstReview", Outcomes.Approve, "张三", "符合转移登记条件");

        var text = new JournalTextRenderer(TimeSpan.FromHours(8)).Render(await h.JournalAsync(i.Id));

        Assert.Contains("2025-09-26 10:42 张三 完成 初审：通过 — 符合转移登记条件", text, StringComparison.Ordinal);
        Assert.Contains("2025-09-26 10:42 王受理 完成 受理：通过 — 材料齐全", text, StringComparison.Ordinal);
        Assert.StartsWith("2025-09-26 10:00 王受理 启动 存量房转移登记", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mermaid_WithInstance_HighlightsCurrentNodes()
    {
        var h = new Harness();
        var definition = await h.PublishAsync(Harness.Sample());
        var i = await h.StartAsync("house-transfer-resale");
        i = await h.DecideAsync(i, "acceptance", Outcomes.Approve);
        i = await h.DecideAsync(i, "firstReview", Outcomes.Approve);

        var text = MermaidDiagramExporter.Export(definition, i);

        Assert.StartsWith("flowchart TD\n", text, StringComparison.Ordinal);
        Assert.Contains("n_firstReview[\"初审\"]", text, StringComparison.Ordinal);
        Assert.Contains("n_firstReview -.->|\"return\"| n_acceptance", text, StringComparison.Ordinal);
        Assert.Contains("n_intakeCheck -->|\"pass [autoEligible == true]\"| n_autoDecision", text, StringComparison.Ordinal);
        Assert.Contains("class n_tradeCheck current", text, StringComparison.Ordinal);
        Assert.Contains("class n_registrationReview current", text, StringComparison.Ordinal);
        Assert.DoesNotContain("class n_acceptance current", text, StringComparison.Ordinal);
        Assert.DoesNotContain("classDef", MermaidDiagramExporter.Export(definition), StringComparison.Ordinal);
    }
}
