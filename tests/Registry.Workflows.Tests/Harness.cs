using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Workflows;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

/// <summary>An engine with in-memory stores, fake ports and a fake clock (2025-09-26 10:00 +08:00).</summary>
internal sealed class Harness
{
    public Harness(WorkflowEngineOptions? options = null)
    {
        Options = options ?? new WorkflowEngineOptions();
        Definitions = new InMemoryWorkflowDefinitionStore();
        Instances = new InMemoryWorkflowInstanceStore();
        Activities = new ActivityRegistry([new PortStep(RecordKind, (r, ct) => Ports.WriteAsync(r, ct), "effect"), new PortStep(CertificateKind, (r, ct) => Ports.IssueAsync(r, ct), "certificateKind")]);
        Publisher = new WorkflowDefinitionPublisher(Definitions, Microsoft.Extensions.Options.Options.Create(Options), Activities);
        Runtime = new WorkflowEngine(Definitions, Instances, Time, Microsoft.Extensions.Options.Options.Create(Options), new ActivityPorts(Rules, Ports, Calendar), Activities);
    }

    /// <summary>The application's kinds as these tests register them (the registration application registers its own).</summary>
    public static ActivityDescriptor RecordKind { get; } = Hosted("record", "effect");

    public static ActivityDescriptor CertificateKind { get; } = Hosted("certificate", "certificateKind");

    /// <summary>Built-in kinds plus record and certificate, for validation.</summary>
    public static IActivityRegistry Kinds { get; } = ActivityRegistry.Describing([RecordKind, CertificateKind]);

    public ActivityRegistry Activities { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 9, 26, 2, 0, 0, TimeSpan.Zero));

    public WorkflowEngineOptions Options { get; }

    public InMemoryWorkflowDefinitionStore Definitions { get; }

    public InMemoryWorkflowInstanceStore Instances { get; }

    public WorkflowDefinitionPublisher Publisher { get; }

    public WorkflowEngine Runtime { get; }

    public FakeRuleSets Rules { get; } = new();

    public FakePorts Ports { get; } = new();

    public FakeCalendar Calendar { get; } = new();

    public static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), relative);
    }

    public static WorkflowDefinition Sample() =>
        new WorkflowDefinitionJson().Read(File.ReadAllText(RepoFile("workflows/house-transfer-resale.json")), "workflows/house-transfer-resale.json");

    private static ActivityDescriptor Hosted(string kind, string input) => new(
        kind,
        new LocalizedText(kind),
        "registration",
        "extension",
        [new InputDescriptor(input, InputType.Text, false, [], PickerSource.None, new LocalizedText(input))],
        [Outcomes.Done],
        new LocalizedText(kind));

    public async Task<WorkflowDefinition> PublishAsync(WorkflowDefinition definition)
    {
        await Publisher.SaveDraftAsync(definition);
        return await Publisher.PublishAsync(definition.Id, definition.Version);
    }

    public Task<WorkflowInstance> StartAsync(string definitionId, params (string Key, string Value)[] variables) =>
        Runtime.StartAsync(new StartRequest(definitionId, "王受理", "CASE-1", variables.ToImmutableDictionary(v => v.Key, v => v.Value)));

    public static Bookmark Task(WorkflowInstance instance, string nodeId) =>
        instance.OpenBookmarks.SingleOrDefault(b => b.NodeId == nodeId)
        ?? throw new Xunit.Sdk.XunitException($"no open bookmark on '{nodeId}'; open: {string.Join(", ", instance.CurrentNodeIds)}");

    public Task<WorkflowInstance> DecideAsync(WorkflowInstance instance, string nodeId, string outcome, string actor = "张三", string? opinion = "同意", string? returnTo = null, ImmutableDictionary<string, string>? inputs = null) =>
        Runtime.CompleteTaskAsync(instance.Id, Task(instance, nodeId).Id, new TaskDecision(actor, outcome, opinion, returnTo, outcome is "return" or "reject" or "suspend" ? "R01" : null, outcome == "return" ? "材料不全" : null, inputs));

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid id) => await Instances.ReadJournalAsync(id);

    /// <summary>Builds a definition from a compact node list: (id, kind, inputs JSON) and transitions (from, to, outcome, condition).</summary>
    public static WorkflowDefinition Build(string id, string start, (string Id, string Kind, string? Inputs)[] nodes, params (string From, string To, string? Outcome, string? Condition)[] transitions)
    {
        var json = $$"""
        {
          "id": "{{id}}", "version": 1, "displayName": { "zh": "{{id}}" }, "start": "{{start}}",
          "nodes": [{{string.Join(",", nodes.Select(n => $$"""{ "id": "{{n.Id}}", "kind": "{{n.Kind}}", "name": { "zh": "{{n.Id}}" }{{(n.Inputs is null ? "" : $", \"inputs\": {n.Inputs}")}} }"""))}}],
          "transitions": [{{string.Join(",", transitions.Select(t => $$"""{ "from": "{{t.From}}", "to": "{{t.To}}"{{(t.Outcome is null ? "" : $", \"outcome\": \"{t.Outcome}\"")}}{{(t.Condition is null ? "" : $", \"condition\": \"{t.Condition}\"")}} }"""))}}]
        }
        """;
        return new WorkflowDefinitionJson().Read(json, id + ".json");
    }

    public const string Task3 = """{ "role": "examiner", "outcomes": ["approve", "return", "reject", "suspend"] }""";
}

internal sealed class FakeRuleSets : IRuleSetRunner
{
    public ConcurrentDictionary<string, RuleSetVerdict> Verdicts { get; } = new();

    public ConcurrentQueue<PortRequest> Calls { get; } = new();

    public Task<RuleSetResult> RunAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(request);
        var verdict = Verdicts.GetValueOrDefault(request.Name ?? string.Empty, RuleSetVerdict.Pass);
        return System.Threading.Tasks.Task.FromResult(new RuleSetResult(verdict, $"rules/{request.Name}/{Calls.Count}"));
    }
}

internal sealed class FakePorts : IRecordWriter, ICertificateIssuer, INotificationSender
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public Task<string> WriteAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"record:{request.Name}");
        return System.Threading.Tasks.Task.FromResult("REC-0001");
    }

    public Task<string> IssueAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"certificate:{request.Name}");
        return System.Threading.Tasks.Task.FromResult("苏(2025)南京市不动产权第0000001号");
    }

    public Task SendAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"notify:{request.Name}");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}

/// <summary>Working days are Monday to Friday except the listed holidays; days are China (+08:00) dates.</summary>
internal sealed class FakeCalendar : IBusinessCalendar
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public HashSet<DateOnly> Holidays { get; } = [];

    public DateTimeOffset EndOfWorkingDays(DateTimeOffset start, int workingDays)
    {
        var day = DateOnly.FromDateTime(start.ToOffset(China).DateTime);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(day))
            {
                counted++;
            }
        }

        return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), China);
    }
}

/// <summary>A hosted step that hands the node's one text input to a port, as registration's record and certificate steps do.</summary>
internal sealed class PortStep(ActivityDescriptor descriptor, Func<PortRequest, CancellationToken, Task<string>> port, string input) : IHostedActivity
{
    public ActivityDescriptor Descriptor => descriptor;

    public async Task<HostedActivityResult> ExecuteAsync(NodeDefinition node, PortRequest request, CancellationToken cancellationToken = default)
    {
        var name = node.Inputs.TryGetValue(input, out var value) ? value.GetString() : null;
        return new HostedActivityResult(Outcomes.Done, await port(request with { Name = name }, cancellationToken));
    }
}
