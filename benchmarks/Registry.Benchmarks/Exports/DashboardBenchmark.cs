using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Dashboard;
using Registry.Application.Security;
using Registry.Benchmarks.ExaminerConsole;
using Registry.Composition;
using Registry.Persistence;

namespace Registry.Benchmarks.Exports;

/// <summary>
/// `dashboard [cases] [runs]`: the indicators dashboard over a county year — 120,000 finished cases (the worklist
/// benchmark's generator, 600 a day, each completed ten days after acceptance) plus 2,000 open — computed through
/// <see cref="DashboardService"/> on the product's composition; prints p50/p95 and the load average.
/// </summary>
internal static class DashboardBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var finished = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 120_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        // REGISTRY_BENCH_DB: a copy to run on (the build before this one runs on another copy of the same file).
        var path = await WorklistDatabase.EnsureAsync(Environment.GetEnvironmentVariable("REGISTRY_BENCH_DB") ?? $"/tmp/registry-bench-dashboard-{finished}.db", finished, 2_000, Console.Out);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // The generator writes no status history: add each finished case's completion, ten days after acceptance.
            command.CommandText = """
                INSERT OR IGNORE INTO CaseStatusChanges (CaseId, Ordinal, FromStatus, ToStatus, At, Actor)
                SELECT Id, 1, 'Recorded', 'Completed', AcceptedAt + 8640000000000, 'bench' FROM Cases WHERE Status = 'Completed';
                ANALYZE;
                """;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = path,
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new FixedTime(WorklistDatabase.Now)).AddRegistryServices(configuration).BuildServiceProvider();
        // The product's start: migrations (CaseFigures) and the backfill of the completed cases' figures rows.
        var backfill = Stopwatch.StartNew();
        await services.InitializeRegistryDatabaseAsync();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ANALYZE;";
            command.ExecuteNonQuery();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start (migrate, backfill, analyze) {backfill.Elapsed.TotalSeconds:0.0} s"));
        var viewer = new DashboardViewer("leader", [RegistryRoles.Leader]);
        var today = DateOnly.FromDateTime(WorklistDatabase.Now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var filter = new DashboardFilter(today.AddDays(-364), today);
        var times = new List<double>();
        // The process's CPU time per load as well: on 2 shared cores the wall time mostly measures the other processes.
        var cpus = new List<double>();
        using var process = Process.GetCurrentProcess();
        DashboardReport? report = null;
        for (var run = 0; run <= runs; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            report = await scope.ServiceProvider.GetRequiredService<DashboardService>().ReportAsync(viewer, filter);
            watch.Stop();
            process.Refresh();
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            }
        }

        times.Sort();
        cpus.Sort();
        await PrintQueryTimesAsync(services, filter);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dashboard {filter.From:yyyy-MM-dd}..{filter.To:yyyy-MM-dd}: accepted {report!.Accepted:N0}, finished {report.Finished:N0}; {runs} runs p50 {times[times.Count / 2]:0} ms, p95 {times[(int)Math.Ceiling(0.95 * times.Count) - 1]:0} ms, max {times[^1]:0} ms; CPU p50 {cpus[cpus.Count / 2]:0} ms, p95 {cpus[(int)Math.Ceiling(0.95 * cpus.Count) - 1]:0} ms; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }

    /// <summary>Each read the dashboard makes, timed once (where the time goes).</summary>
    private static async Task PrintQueryTimesAsync(IServiceProvider services, DashboardFilter filter)
    {
        var queries = services.GetRequiredService<IDashboardQueries>();
        var from = new DateTimeOffset(filter.From.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var to = new DateTimeOffset(filter.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var parts = new List<string>();
        async Task Time(string name, Func<Task> read)
        {
            var watch = Stopwatch.StartNew();
            await read();
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {watch.Elapsed.TotalMilliseconds:0} ms"));
        }

        await Time("accepted", () => queries.CountAcceptedAsync(from, to, null));
        await Time("finished", () => queries.CountFinishedAsync(from, to, null));
        await Time("overdue", () => queries.CountOverdueAsync(WorklistDatabase.Now, null));
        await Time("returns", () => queries.ListReturnsAndRefusalsAsync(from, to, null));
        await Time("self-check", () => queries.ListSelfCheckedAsync(from, to, null));
        Console.WriteLine("reads: " + string.Join(", ", parts));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
