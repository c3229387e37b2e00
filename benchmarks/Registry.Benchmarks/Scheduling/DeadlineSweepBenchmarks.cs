using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Deadlines;
using Registry.Persistence;
using Registry.Scheduling;
using Registry.Scheduling.Sweeps;

namespace Registry.Benchmarks.Scheduling;

/// <summary>
/// 100,000 open cases with deadlines in a SQLite file; 10% have their warning due. Measures one full sweep (every due
/// case moved with a conditional update plus its outbox message, one transaction each) and the console query
/// "open deadlines by stage, page 1" while such a sweep runs and when idle. Each iteration starts from a copy of
/// the same database file, so every sweep has the same 10,000 cases to move.
/// Run: <c>dotnet run -c Release --project benchmarks/Registry.Benchmarks -- --filter '*DeadlineSweep*'</c>.
/// </summary>
[Config(typeof(OneShotInProcess))]
public class DeadlineSweepBenchmarks
{
    private const int OpenCases = 100_000;
    private const int DueEvery = 10;
    private static readonly DateTimeOffset Now = new(2025, 11, 19, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "registry-sweep-bench", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _node;
    private Task<SweepResult>? _background;

    private string Template => Path.Combine(_folder, "template.db");

    private string Working => Path.Combine(_folder, "working.db");

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var node = Start(Template);
        var random = new Random(100_000);
        var records = Enumerable.Range(0, OpenCases).Select(i =>
        {
            var due = Now.AddHours(random.Next(24 * 4, 24 * 40));
            var amberFrom = i % DueEvery == 0 ? Now.AddMinutes(-1 - random.Next(0, 60)) : due.AddDays(-3);
            return new CaseDeadlineRecord
            {
                CaseNumber = $"2025-{i:0000000}",
                BusinessType = i % 3 == 0 ? "MortgageFirst" : "TransferSale",
                Assignee = $"examiner{i % 40:00}",
                AcceptedAt = due.AddDays(-7),
                TimeLimitCode = "TL-5",
                DueAt = due,
                AmberFrom = amberFrom,
                EscalateAt = due.AddDays(1),
                Stage = DeadlineStage.Green,
                NextCheckAt = amberFrom,
            };
        });
        node.GetRequiredService<ICaseDeadlineStore>().InsertManyAsync(records).GetAwaiter().GetResult();
        node.Dispose();
        SqliteConnection.ClearAllPools();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Targets = [nameof(FullSweep), nameof(ConsolePage1Idle)])]
    public void FreshCopy() => _node = StartCopy();

    [IterationSetup(Target = nameof(ConsolePage1DuringSweep))]
    public void FreshCopyWithSweepRunning()
    {
        _node = StartCopy();
        var sweep = _node.GetRequiredService<IDeadlineSweep>();
        _background = Task.Run(() => sweep.RunOnceAsync());
        Thread.Sleep(500);
    }

    [IterationCleanup]
    public void StopNode()
    {
        if (_background is not null)
        {
            var result = _background.GetAwaiter().GetResult();
            Console.WriteLine($"// background sweep: {result.Changed} moved in {result.Elapsed.TotalMilliseconds:0} ms");
            _background = null;
        }

        _node?.Dispose();
        _node = null;
        SqliteConnection.ClearAllPools();
    }

    [Benchmark]
    public async Task<int> FullSweep()
    {
        var result = await _node!.GetRequiredService<IDeadlineSweep>().RunOnceAsync();
        if (result.Changed != OpenCases / DueEvery)
        {
            throw new InvalidOperationException($"Expected {OpenCases / DueEvery} moves, got {result.Changed}.");
        }

        return result.Changed;
    }

    [Benchmark]
    public Task<int> ConsolePage1DuringSweep() => Page1Async();

    [Benchmark]
    public Task<int> ConsolePage1Idle() => Page1Async();

    private async Task<int> Page1Async()
    {
        var service = _node!.GetRequiredService<ICaseDeadlineService>();
        var green = await service.ListOpenAsync(DeadlineStage.Green, 1, 50);
        var amber = await service.ListOpenAsync(DeadlineStage.Amber, 1, 50);
        return green.Items.Count + amber.Items.Count;
    }

    private ServiceProvider StartCopy()
    {
        File.Copy(Template, Working, overwrite: true);
        return Start(Working);
    }

    private static ServiceProvider Start(string path)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = path,
            ["Database:SeedDemoData"] = "false",
            ["Calendar:Directory"] = FindCalendars(),
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        var node = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddLogging()
            .AddRegistryPersistence(configuration)
            .AddRegistryScheduling(configuration)
            .BuildServiceProvider();
        node.InitializeRegistryDatabaseAsync().GetAwaiter().GetResult();
        return node;
    }

    private static string FindCalendars()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
            {
                return Path.Combine(dir.FullName, "calendars");
            }
        }

        throw new InvalidOperationException($"No Registry.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>One-shot iterations in this process: each iteration is a whole sweep over a fresh copy, so no rebuild and no unrolling.</summary>
    private sealed class OneShotInProcess : ManualConfig
    {
        public OneShotInProcess() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
