using System.Collections.Immutable;
using System.Text.Json;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

/// <summary>Nodes are validated against their kind's descriptor; built in code so the JSON schema does not refuse them first.</summary>
public sealed class ActivityDescriptorTests
{
    private static readonly HashSet<string> Roles = ["examiner", "approver"];
    private static readonly HashSet<string> RuleSets = ["review-intake"];
    private static readonly HashSet<string> Signals = ["tax-paid"];

    [Fact]
    public void BuiltInRegistry_DescribesEngineKindsOnly_RegistrationKindsComeFromTheHost()
    {
        var kinds = ActivityRegistry.BuiltIn.Descriptors.Select(d => d.Kind).ToList();
        Assert.Equal(["humanTask", "ruleCheck", "autoDecision", "parallelSplit", "join", "wait", "notify", "end"], kinds);
        Assert.Null(ActivityRegistry.BuiltIn.Find("record"));
        Assert.Null(ActivityRegistry.BuiltIn.Find("certificate"));
        Assert.NotNull(Harness.Kinds.Find("record"));
        Assert.All(ActivityRegistry.BuiltIn.Descriptors, d => Assert.All(d.Inputs, i => Assert.False(string.IsNullOrEmpty(i.Help.En))));
    }

    [Fact]
    public void Descriptors_NamePickersForRolesRuleSetsAndSignals()
    {
        Assert.Equal(PickerSource.Roles, ActivityRegistry.BuiltIn.Find("humanTask")!.FindInput("role")!.Picker);
        Assert.Equal(PickerSource.RuleSets, ActivityRegistry.BuiltIn.Find("ruleCheck")!.FindInput("ruleSet")!.Picker);
        Assert.Equal(PickerSource.Signals, ActivityRegistry.BuiltIn.Find("wait")!.FindInput("signal")!.Picker);
        Assert.Equal(InputType.PositiveInteger, ActivityRegistry.BuiltIn.Find("wait")!.FindInput("afterWorkingDays")!.Type);
        Assert.Equal(["approve", "return", "reject", "suspend"], ActivityRegistry.BuiltIn.Find("humanTask")!.FindInput("outcomes")!.AllowedValues.ToArray());
    }

    [Fact]
    public void RegisteringAKindTwice_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ActivityRegistry.Describing([Harness.RecordKind, Harness.RecordKind]));
        Assert.Contains("'record'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ActivityRegistry.Describing([ActivityRegistry.BuiltIn.Find("wait")!]));
    }

    [Theory]
    [InlineData("""{ "role": "examiner", "outcomes": ["approve"], "colour": "red" }""", "colour", "unknown input 'colour' for a humanTask (known: role, candidateGroup, outcomes, opinionRequired, formFields)")]
    [InlineData("""{ "role": 7, "outcomes": ["approve"] }""", "role", "input 'role' must be a non-empty string")]
    [InlineData("""{ "role": "examiner", "outcomes": "approve" }""", "outcomes", "input 'outcomes' must be an array of strings")]
    [InlineData("""{ "role": "examiner", "outcomes": ["approve"], "opinionRequired": "yes" }""", "opinionRequired", "input 'opinionRequired' must be true or false")]
    [InlineData("""{ "role": "examiner" }""", "outcomes", "input 'outcomes' is required")]
    [InlineData("""{ "role": "examiner", "outcomes": ["approve", "maybe"] }""", "outcomes", "'maybe' is not allowed for input 'outcomes' (allowed: approve, return, reject, suspend)")]
    [InlineData("""{ "role": "cleaner", "outcomes": ["approve"] }""", "role", "unknown role 'cleaner'")]
    [InlineData("""{ "candidateGroup": "cleaners", "outcomes": ["approve"] }""", "candidateGroup", "unknown candidate group 'cleaners'")]
    [InlineData("""{ "outcomes": ["approve"] }""", "role", "a human task needs a role or a candidate group")]
    public void HumanTask_BadInput_IsNamedAtNodeAndInput(string inputs, string input, string message) =>
        AssertIssue(Definition(("task", "humanTask", inputs), ("done", "end", null)), "task", input, message);

    [Theory]
    [InlineData("""{ }""", "ruleSet", "input 'ruleSet' is required")]
    [InlineData("""{ "ruleSet": "typo-rules" }""", "ruleSet", "unknown rule set 'typo-rules'")]
    [InlineData("""{ "ruleSet": ["review-intake"] }""", "ruleSet", "input 'ruleSet' must be a non-empty string")]
    public void RuleCheck_BadInput_IsNamedAtNodeAndInput(string inputs, string input, string message) =>
        AssertIssue(Definition(("check", "ruleCheck", inputs), ("done", "end", null)), "check", input, message);

    [Theory]
    [InlineData("""{ "clockEffect": "paused" }""", "signal", "a wait needs a signal, an 'after' duration, 'afterWorkingDays' or a 'dueVariable'")]
    [InlineData("""{ "signal": "rain-stopped" }""", "signal", "unknown signal 'rain-stopped'")]
    [InlineData("""{ "after": "fortnight" }""", "after", "'fortnight' is not an ISO 8601 duration such as P15D or PT48H")]
    [InlineData("""{ "afterWorkingDays": 0 }""", "afterWorkingDays", "input 'afterWorkingDays' must be a positive whole number, not 0")]
    [InlineData("""{ "afterWorkingDays": "30" }""", "afterWorkingDays", "input 'afterWorkingDays' must be a positive whole number, not \"30\"")]
    [InlineData("""{ "after": "P1D", "afterWorkingDays": 3 }""", "afterWorkingDays", "give either 'after' or 'afterWorkingDays', not both")]
    [InlineData("""{ "signal": "tax-paid", "clockEffect": "frozen" }""", "clockEffect", "'frozen' is not allowed for input 'clockEffect' (allowed: running, paused)")]
    public void Wait_BadInput_IsNamedAtNodeAndInput(string inputs, string input, string message) =>
        AssertIssue(Definition(("wait", "wait", inputs), ("done", "end", null)), "wait", input, message);

    [Fact]
    public void End_ResultNotAllowed_IsNamed() =>
        AssertIssue(Definition(("task", "humanTask", """{ "role": "examiner", "outcomes": ["approve"] }"""), ("done", "end", """{ "result": "vanished" }""")), "done", "result", "'vanished' is not allowed for input 'result' (allowed: completed, rejected, withdrawn)");

    [Fact]
    public void UnknownKind_IsNamedWithTheKnownKinds()
    {
        var issue = Assert.Single(Validate(Definition(("task", "humanTask", """{ "role": "examiner", "outcomes": ["approve"] }"""), ("x", "teleport", null), ("done", "end", null))), i => i.Path == "$.nodes[1].kind");
        Assert.Equal("x", issue.NodeId);
        Assert.Contains("unknown activity kind 'teleport'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("record", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleCheck_OutcomeWithoutTarget_IsNamed()
    {
        var d = Build(
            [("check", "ruleCheck", """{ "ruleSet": "review-intake" }"""), ("done", "end", null)],
            [("check", "done", "pass"), ("check", "done", "warn")]);
        var issue = Assert.Single(Validate(d), i => i.NodeId == "check");
        Assert.Equal("outcome 'block' has no transition (add one for every outcome the node can produce)", issue.Message);
    }

    [Fact]
    public void Join_WithoutItsFork_IsNamed()
    {
        var d = Build(
            [("a", "humanTask", """{ "role": "examiner", "outcomes": ["approve", "reject"] }"""), ("b", "humanTask", """{ "role": "approver", "outcomes": ["approve"] }"""), ("join", "join", null), ("done", "end", null)],
            [("a", "b", "approve"), ("a", "join", "reject"), ("b", "join", "approve"), ("join", "done", null)]);
        var issue = Assert.Single(Validate(d), i => i.NodeId == "join");
        Assert.StartsWith("join has no parallel split before it", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedDefinition_IsValidAgainstTheDescriptors()
    {
        var files = Directory.GetFiles(Harness.RepoFile("workflows"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && !f.EndsWith(".layout.json", StringComparison.Ordinal) && !f.Contains("/types/", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count >= 7, string.Join(", ", files));
        foreach (var file in files)
        {
            var definition = new WorkflowDefinitionJson().Read(File.ReadAllText(file), file);
            Assert.Empty(new WorkflowDefinitionValidator(Harness.Kinds, knownSignals: new HashSet<string> { "tax-paid", "announcement-ended", "party-applied" }).Validate(definition, file));
        }
    }

    [Fact]
    public void TypedInputs_ReadTheNodesInputs()
    {
        var definition = Harness.Sample();
        var review = HumanTaskInputs.Read(definition.Nodes.First(n => n.Kind == "humanTask" && n.Id != definition.StartNodeId));
        Assert.NotNull(review.Role);
        Assert.Contains("approve", review.Outcomes);
        var task = HumanTaskInputs.Read(Node("t", "humanTask", """{ "candidateGroup": "g", "outcomes": ["approve", "suspend"], "opinionRequired": true, "formFields": ["x"] }"""));
        Assert.Equal((null, "g", "g", true), (task.Role, task.CandidateGroup, task.RoleOrGroup, task.OpinionRequired));
        Assert.Equal(["approve", "suspend"], task.Outcomes);
        Assert.Equal(["x"], task.FormFields);

        var wait = WaitInputs.Read(Node("w", "wait", """{ "signal": "tax-paid", "after": "PT48H", "clockEffect": "paused" }"""));
        Assert.Equal(("tax-paid", TimeSpan.FromHours(48), (int?)null, true), (wait.Signal, wait.After, wait.AfterWorkingDays, wait.PausesClock));
        Assert.Equal(5, WaitInputs.Read(Node("w", "wait", """{ "afterWorkingDays": 5 }""")).AfterWorkingDays);
        Assert.Equal("review-intake", RuleSetInputs.Read(Node("c", "autoDecision", """{ "ruleSet": "review-intake" }""")).RuleSet);
        Assert.Throws<ArgumentException>(() => HumanTaskInputs.Read(Node("w", "wait", """{ "signal": "tax-paid" }""")));
    }

    [Fact]
    public async Task HostedKind_RunsThroughTheRegistry_KeepsReferenceAndJournals()
    {
        var stamp = new Stamp("done");
        var h = new Harness();
        var registry = new ActivityRegistry([stamp]);
        var publisher = new WorkflowDefinitionPublisher(h.Definitions, Microsoft.Extensions.Options.Options.Create(h.Options), registry);
        var engine = new WorkflowEngine(h.Definitions, h.Instances, h.Time, Microsoft.Extensions.Options.Options.Create(h.Options), new ActivityPorts(null, null), registry);
        var d = Build([("s", "stamp", """{ "ink": "red" }"""), ("done", "end", null)], [("s", "done", null)]);
        await publisher.SaveDraftAsync(d);
        await publisher.PublishAsync("t", 1);

        var i = await engine.StartAsync(new StartRequest("t", "王受理", "CASE-1"));

        Assert.Equal(InstanceStatus.Completed, i.Status);
        Assert.Equal("STAMP-red", i.Variables["s.ref"]);
        Assert.Equal("t/s", stamp.Seen);
        Assert.Contains(await h.Instances.ReadJournalAsync(i.Id), e => e.Action == JournalAction.Executed && e.NodeId == "s" && e.Opinion == "STAMP-red");
    }

    [Fact]
    public async Task HostedKind_OutcomeItsDescriptorDoesNotList_BecomesAnIncident()
    {
        var h = new Harness();
        var registry = new ActivityRegistry([new Stamp("smudged")]);
        var publisher = new WorkflowDefinitionPublisher(h.Definitions, Microsoft.Extensions.Options.Options.Create(h.Options), registry);
        var engine = new WorkflowEngine(h.Definitions, h.Instances, h.Time, Microsoft.Extensions.Options.Options.Create(h.Options), new ActivityPorts(null, null), registry);
        await publisher.SaveDraftAsync(Build([("s", "stamp", null), ("done", "end", null)], [("s", "done", null)]));
        await publisher.PublishAsync("t", 1);

        var i = await engine.StartAsync(new StartRequest("t", "王受理", "CASE-1"));

        var incident = Assert.Single(i.OpenBookmarks);
        Assert.Equal((BookmarkKind.Incident, "s"), (incident.Kind, incident.NodeId));
        Assert.Contains("'smudged'", i.Variables["s.incident"], StringComparison.Ordinal);
    }

    [Fact]
    public void HostedKind_InputsAreCheckedAgainstItsDescriptor() =>
        AssertIssue(Build([("s", "stamp", """{ "ink": 3, "size": "A4" }"""), ("done", "end", null)], [("s", "done", null)]), "s", "size", "unknown input 'size' for a stamp (known: ink)", new ActivityRegistry([new Stamp("done")]));

    private static void AssertIssue(WorkflowDefinition d, string nodeId, string input, string message, IActivityRegistry? registry = null)
    {
        var issues = Validate(d, registry);
        Assert.Contains(issues, i => i.NodeId == nodeId && i.Path!.EndsWith($".inputs.{input}", StringComparison.Ordinal) && i.Message == message);
    }

    private static IReadOnlyList<DefinitionIssue> Validate(WorkflowDefinition d, IActivityRegistry? registry = null) =>
        new WorkflowDefinitionValidator(registry ?? Harness.Kinds, Roles, RuleSets, Signals).Validate(d, "t.json");

    /// <summary>One node under test followed by an end, each outcome of the first node leading to the end.</summary>
    private static WorkflowDefinition Definition(params (string Id, string Kind, string? Inputs)[] nodes)
    {
        var first = nodes[0];
        var outcomes = first.Kind switch
        {
            "humanTask" => ["approve"],
            "ruleCheck" => ["pass", "warn", "block"],
            "wait" => new[] { "done", "timeout" },
            _ => ["done"],
        };
        return Build(nodes, [.. outcomes.Select(o => (first.Id, nodes[^1].Id, (string?)o))]);
    }

    private static WorkflowDefinition Build((string Id, string Kind, string? Inputs)[] nodes, (string From, string To, string? Outcome)[] transitions) =>
        new("t", 1, new LocalizedText("t"), DefinitionStatus.Draft, nodes[0].Id, [.. nodes.Select(n => Node(n.Id, n.Kind, n.Inputs))], [.. transitions.Select(t => new TransitionDefinition(t.From, t.To, t.Outcome))]);

    private static NodeDefinition Node(string id, string kind, string? inputs) =>
        new NodeDefinition(id, kind, id) with
        {
            Inputs = inputs is null
                ? ImmutableDictionary<string, JsonElement>.Empty
                : JsonDocument.Parse(inputs).RootElement.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.Clone()),
        };

    /// <summary>A hosted kind with one text input, as an application would register one.</summary>
    private sealed class Stamp(string outcome) : IHostedActivity
    {
        public string? Seen { get; private set; }

        public ActivityDescriptor Descriptor { get; } = new(
            "stamp",
            new LocalizedText("盖章", "Stamp"),
            "test",
            "approval",
            [new InputDescriptor("ink", InputType.Text, false, [], PickerSource.None, new LocalizedText("印泥颜色", "Ink colour"))],
            [Outcomes.Done],
            new LocalizedText("盖章", "Stamps"));

        public Task<HostedActivityResult> ExecuteAsync(NodeDefinition node, PortRequest request, CancellationToken cancellationToken = default)
        {
            Seen = $"{request.DefinitionId}/{request.NodeId}";
            var ink = node.Inputs.TryGetValue("ink", out var v) ? v.GetString() : "black";
            return Task.FromResult(new HostedActivityResult(outcome, $"STAMP-{ink}"));
        }
    }
}
