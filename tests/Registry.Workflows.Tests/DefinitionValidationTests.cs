using System.Collections.Immutable;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Tests;

public sealed class DefinitionValidationTests
{
    private static IReadOnlyList<DefinitionIssue> Validate(WorkflowDefinition d, IReadOnlySet<string>? roles = null, IReadOnlySet<string>? ruleSets = null) =>
        new WorkflowDefinitionValidator(Harness.Kinds, roles, ruleSets).Validate(d, "t.json");

    [Fact]
    public void Validate_UnreachableNode_IsReportedWithNodeId()
    {
        var d = Harness.Build("t", "a", [("a", "humanTask", Harness.Task3), ("orphan", "humanTask", Harness.Task3), ("done", "end", null)], ("a", "done", "approve", null), ("orphan", "done", "approve", null));
        var issue = Assert.Single(Validate(d));
        Assert.Equal("orphan", issue.NodeId);
        Assert.Contains("unreachable", issue.Message, StringComparison.Ordinal);
        Assert.Equal("t.json $.nodes[1]: node 'orphan': node is unreachable from the start node", issue.ToString());
    }

    [Fact]
    public void Validate_DeadEnd_IsReported()
    {
        var d = Harness.Build("t", "a", [("a", "humanTask", Harness.Task3), ("stuck", "notify", """{ "template": "x" }"""), ("done", "end", null)], ("a", "stuck", "approve", null), ("a", "done", "reject", null));
        Assert.Contains(Validate(d), i => i.NodeId == "stuck" && i.Message.Contains("dead end", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HumanTaskWithoutOutcomes_IsReported()
    {
        // Built in code: the schema already refuses an empty outcome list in JSON.
        var d = new WorkflowDefinition("t", 1, new LocalizedText("t"), DefinitionStatus.Draft, "a", [new NodeDefinition("a", ActivityKinds.HumanTask, "a") with { Inputs = Inputs("""{ "role": "r" }""") }, new NodeDefinition("done", ActivityKinds.End, "done")], [new TransitionDefinition("a", "done", "approve")]);
        Assert.Contains(Validate(d), i => i.NodeId == "a" && i.Path == "$.nodes[0].inputs.outcomes" && i.Message == "input 'outcomes' is required");
    }

    [Fact]
    public void Validate_TransitionToUnknownNode_IsReported()
    {
        var d = Harness.Build("t", "a", [("a", "humanTask", Harness.Task3), ("done", "end", null)], ("a", "done", "approve", null), ("a", "nowhere", "reject", null));
        var issue = Assert.Single(Validate(d));
        Assert.Equal("a", issue.NodeId);
        Assert.Equal("$.transitions[1].to", issue.Path);
        Assert.Contains("unknown node 'nowhere'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownRoleAndRuleSet_AreReportedWhenKnownSetsGiven()
    {
        var d = Harness.Build("t", "check", [("check", "ruleCheck", """{ "ruleSet": "typo-rules" }"""), ("a", "humanTask", """{ "role": "cleaner", "outcomes": ["approve"] }"""), ("done", "end", null)], ("check", "a", "pass", null), ("check", "a", "warn", null), ("check", "a", "block", null), ("a", "done", "approve", null));
        var issues = Validate(d, new HashSet<string> { "examiner" }, new HashSet<string> { "intake" });
        Assert.Contains(issues, i => i.NodeId == "a" && i.Message == "unknown role 'cleaner'" && i.Path == "$.nodes[1].inputs.role");
        Assert.Contains(issues, i => i.NodeId == "check" && i.Message == "unknown rule set 'typo-rules'");
        Assert.Empty(Validate(d));
    }

    [Fact]
    public void Validate_OutcomeTheNodeCannotProduce_AndBadCondition_AreReported()
    {
        var d = Harness.Build("t", "a", [("a", "humanTask", """{ "role": "r", "outcomes": ["approve"] }"""), ("done", "end", null)], ("a", "done", "approve", "x >"), ("a", "done", "pass", null));
        var issues = Validate(d);
        Assert.Contains(issues, i => i.NodeId == "a" && i.Path == "$.transitions[0].condition");
        Assert.Contains(issues, i => i.NodeId == "a" && i.Message == "node cannot produce outcome 'pass'");
    }

    [Fact]
    public void Validate_JoinWithOneBranch_IsReported()
    {
        var d = Harness.Build("t", "a", [("a", "humanTask", Harness.Task3), ("join", "join", null), ("done", "end", null)], ("a", "join", "approve", null), ("join", "done", null, null));
        Assert.Contains(Validate(d), i => i.NodeId == "join" && i.Message.Contains("two incoming", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_DefinitionWithErrors_IsRejectedListingNodes()
    {
        var h = new Harness();
        var d = Harness.Build("t", "a", [("a", "humanTask", Harness.Task3), ("orphan", "humanTask", Harness.Task3), ("done", "end", null)], ("a", "done", "approve", null), ("orphan", "ghost", "approve", null));
        await h.Publisher.SaveDraftAsync(d);
        var ex = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => h.Publisher.PublishAsync("t", 1));
        Assert.Contains(ex.Issues, i => i.NodeId == "orphan" && i.Message.Contains("unreachable", StringComparison.Ordinal));
        Assert.Contains(ex.Issues, i => i.NodeId == "orphan" && i.Message.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains("node 'orphan'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(DefinitionStatus.Draft, (await h.Definitions.FindAsync("t", 1))!.Status);
    }

    [Fact]
    public async Task Publish_WithKnownRolesOption_RejectsUnknownRole()
    {
        var h = new Harness(new WorkflowEngineOptions { KnownRoles = new HashSet<string> { "acceptor" } });
        var d = Harness.Build("t", "a", [("a", "humanTask", Harness.Task3), ("done", "end", null)], ("a", "done", "approve", null));
        await h.Publisher.SaveDraftAsync(d);
        var ex = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => h.Publisher.PublishAsync("t", 1));
        Assert.Equal("unknown role 'examiner'", Assert.Single(ex.Issues).Message);
    }

    private static System.Collections.Immutable.ImmutableDictionary<string, System.Text.Json.JsonElement> Inputs(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()).ToImmutableDictionary(StringComparer.Ordinal);
}
