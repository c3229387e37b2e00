using System.Collections.Concurrent;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Persistence;
using Registry.Workflows;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Benchmarks.Workflows;

/// <summary>
/// Full lifecycle of a definition with six sequential human tasks and one return (task 4 returns to task 2):
/// start + 9 task completions + end, each completion a separate load → step → optimistic commit.
/// </summary>
[Config(typeof(InProcessShortRun))]
[MemoryDiagnoser]
public class WorkflowLifecycleBenchmarks
{
    private const int Lifecycles = 1000;
    private static readonly string[] Path = ["t1", "t2", "t3", "t4", "t2", "t3", "t4", "t5", "t6"];

    /// <summary>Lifecycles per invocation of the SQLite benchmark (fewer: each is 10 durable transactions).</summary>
    private const int DurableLifecycles = 50;

    private WorkflowDefinition _definition = null!;
    private string _databaseDirectory = null!;
    private ServiceProvider _durable = null!;

    /// <summary>The SQLite file of the durable benchmarks (after <see cref="Setup"/>).</summary>
    internal string DatabasePath => System.IO.Path.Combine(_databaseDirectory, "registry.db");

    /// <summary>The durable engine (after <see cref="Setup"/>).</summary>
    internal IWorkflowRuntime DurableRuntime => _durable.GetRequiredService<IWorkflowRuntime>();

    [GlobalSetup]
    public void Setup()
    {
        var nodes = Enumerable.Range(1, 6)
            .Select(n => $$"""{ "id": "t{{n}}", "kind": "humanTask", "name": { "zh": "任务{{n}}" }, "inputs": { "role": "examiner", "outcomes": ["approve", "return", "reject"] } }""")
            .Append("""{ "id": "done", "kind": "end", "name": { "zh": "办结" } }""");
        var transitions = Enumerable.Range(1, 6)
            .Select(n => $$"""{ "from": "t{{n}}", "to": "{{(n == 6 ? "done" : $"t{n + 1}")}}", "outcome": "approve" }""");
        var json = $$"""
        { "id": "six-tasks", "version": 1, "displayName": { "zh": "六步审批" }, "start": "t1",
          "nodes": [{{string.Join(",", nodes)}}], "transitions": [{{string.Join(",", transitions)}}] }
        """;
        _definition = new WorkflowDefinitionJson().Read(json, "six-tasks.json") with { Status = DefinitionStatus.Published };

        // The durable store as the web host wires it: a migrated SQLite file in WAL mode, EF stores, one DbContext per call.
        _databaseDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "registry-bench", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = System.IO.Path.Combine(_databaseDirectory, "registry.db"),
            ["Database:SeedDemoData"] = "false",
        }).Build();
        _durable = new ServiceCollection().AddRegistryPersistence(configuration).AddRegistryWorkflows().BuildServiceProvider();
        _durable.InitializeRegistryDatabaseAsync().GetAwaiter().GetResult();
        var publisher = _durable.GetRequiredService<IWorkflowDefinitionPublisher>();
        publisher.SaveDraftAsync(_definition).GetAwaiter().GetResult();
        publisher.PublishAsync(_definition.Id, _definition.Version).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _durable.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_databaseDirectory, recursive: true);
    }

    /// <summary>Every start and completion is its own SQLite transaction (instance row, bookmark rows, hash-chained journal rows).</summary>
    [Benchmark(OperationsPerInvoke = DurableLifecycles, Description = "Workflow lifecycle, SQLite EF store, WAL, durable commits (6 tasks, 1 return)")]
    public Task SqliteDurable() => RunLifecyclesAsync(_durable.GetRequiredService<IWorkflowRuntime>(), DurableLifecycles);

    /// <summary>
    /// The same, with one worker per core running lifecycles at once on one store (as a server's concurrent requests would):
    /// each step is still its own transaction; SQLite lets one writer in at a time, so what overlaps is loads, JSON and hashing.
    /// </summary>
    [Benchmark(OperationsPerInvoke = DurableLifecycles, Description = "Workflow lifecycle, SQLite EF store, durable commits, one worker per core")]
    public Task SqliteDurableParallel()
    {
        var engine = _durable.GetRequiredService<IWorkflowRuntime>();
        var workers = Environment.ProcessorCount;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => RunLifecyclesAsync(engine, DurableLifecycles / workers + (w < DurableLifecycles % workers ? 1 : 0)))));
    }

    [Benchmark(OperationsPerInvoke = Lifecycles, Description = "Workflow lifecycle, in-memory store (6 tasks, 1 return)")]
    public Task InMemory() => RunAsync(new InMemoryWorkflowInstanceStore());

    [Benchmark(OperationsPerInvoke = Lifecycles, Description = "Workflow lifecycle, JSON snapshot per commit (6 tasks, 1 return)")]
    public Task JsonSnapshot() => RunAsync(new JsonSnapshotInstanceStore());

    /// <summary>The same lifecycles spread over one worker per core, sharing one engine and store (as a server would).</summary>
    [Benchmark(OperationsPerInvoke = Lifecycles, Description = "Workflow lifecycle, in-memory store, one worker per core")]
    public async Task InMemoryParallel()
    {
        var engine = await CreateEngineAsync(new InMemoryWorkflowInstanceStore());
        var workers = Environment.ProcessorCount;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => RunLifecyclesAsync(engine, Lifecycles / workers + (w < Lifecycles % workers ? 1 : 0)))));
    }

    /// <summary>
    /// In process (the out-of-process build of BenchmarkDotNet timed out on the shared machine), 2 warm-up and 5 measured
    /// iterations: short runs, because the machine is shared.
    /// </summary>
    public sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5));
    }

    private async Task RunAsync(IWorkflowInstanceStore instances) =>
        await RunLifecyclesAsync(await CreateEngineAsync(instances), Lifecycles);

    private async Task<WorkflowEngine> CreateEngineAsync(IWorkflowInstanceStore instances)
    {
        var definitions = new InMemoryWorkflowDefinitionStore();
        await definitions.SaveAsync(_definition);
        return new WorkflowEngine(definitions, instances, TimeProvider.System, Options.Create(new WorkflowEngineOptions()), new ActivityPorts(null, null), Registry.Workflows.Activities.ActivityRegistry.BuiltIn);
    }

    internal static async Task RunLifecyclesAsync(IWorkflowRuntime engine, int count)
    {
        for (var n = 0; n < count; n++)
        {
            var instance = await engine.StartAsync(new StartRequest("six-tasks", "bench"));
            foreach (var node in Path)
            {
                var bookmark = instance.OpenBookmarks[0];
                var returning = node == "t4" && instance.ClosedBookmarks.All(c => c.Outcome != Outcomes.Return);
                instance = await engine.CompleteTaskAsync(
                    instance.Id,
                    bookmark.Id,
                    new TaskDecision("张三", returning ? Outcomes.Return : Outcomes.Approve, "同意", returning ? "t2" : null));
            }

            if (instance.Status != InstanceStatus.Completed)
            {
                throw new InvalidOperationException($"lifecycle ended {instance.Status} at {string.Join(",", instance.CurrentNodeIds)}");
            }
        }
    }

    /// <summary>Stores each instance as JSON text, as a document or EF JSON column would: the serialisation cost of a durable store without the I/O.</summary>
    private sealed class JsonSnapshotInstanceStore : IWorkflowInstanceStore
    {
        private readonly ConcurrentDictionary<Guid, (long Version, string Json)> _rows = new();
        private readonly ConcurrentDictionary<Guid, List<JournalEntry>> _journal = new();

        public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
            Task.FromResult(_rows.TryGetValue(instanceId, out var row) ? JsonSerializer.Deserialize<WorkflowInstance>(row.Json) : null);

        public Task CommitAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken = default)
        {
            var json = JsonSerializer.Serialize(instance);
            var ok = expectedVersion == 0
                ? _rows.TryAdd(instance.Id, (instance.Version, json))
                : _rows.TryUpdate(instance.Id, (instance.Version, json), _rows[instance.Id] is var current && current.Version == expectedVersion ? current : default);
            if (!ok)
            {
                throw new WorkflowConcurrencyException($"instance {instance.Id} changed");
            }

            _journal.GetOrAdd(instance.Id, _ => []).AddRange(journal);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<JournalEntry>>(_journal.GetValueOrDefault(instanceId) ?? []);

        public Task<IReadOnlyList<Guid>> FindDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Guid>>([]);
    }
}
