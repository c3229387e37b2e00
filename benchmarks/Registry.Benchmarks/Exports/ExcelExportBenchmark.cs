using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Application.Worklist;
using Registry.Benchmarks.ExaminerConsole;
using Registry.Composition;
using Registry.Web.Components.Dashboard;
using Registry.Web.Exports;
using Registry.Web.Resources;

namespace Registry.Benchmarks.Exports;

/// <summary>
/// `excel-export [rows] [runs] [--worklist]`: a 100,000-row Excel export's seconds per run, file size, the process's peak
/// working set and the load average. By default the dashboard's drill-down export of <c>rows</c> cases built in memory
/// (the same input as before the streamed writer, so builds can be compared), written as the endpoint and the background
/// job write it (<see cref="StreamedWorkbook"/> to a temporary file). With <c>--worklist</c>: the done tab of a person
/// with <c>rows</c> done tasks, read from a SQLite database through <see cref="WorklistExport"/> (one streamed query,
/// cases and clocks a batch at a time) as the worklist page's export job does. The database is generated on the first
/// call, which then stops: generating it uses a large SQLite cache that would count in the peak.
/// </summary>
internal static class ExcelExportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var rows = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 100_000;
        var runs = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 3;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        return args.Contains("--worklist") ? await WorklistAsync(rows, runs) : await DrillDownAsync(rows, runs);
    }

    private static async Task<int> DrillDownAsync(int rows, int runs)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var catalogue = new NoCatalogue();
        var text = new DashboardText(services.GetRequiredService<IStringLocalizer<DashboardResource>>(), services.GetRequiredService<IStringLocalizer<InspectionResource>>(), catalogue);
        var workbook = new DashboardWorkbook(services.GetRequiredService<IStringLocalizer<ExportResource>>(), services.GetRequiredService<IStringLocalizer<DashboardResource>>(), text);
        var start = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);
        var cases = Enumerable.Range(0, rows)
            .Select(i => new DashboardCaseLink($"3401212026{i / 400 + 101:D4}{i % 400 + 1:D6}", i % 3 == 0 ? "MortgageFirst" : "HouseTransferResale", start.AddMinutes(i * 5), i % 15, i % 2 == 0 ? "Counter" : "BankBranch"))
            .ToList();
        for (var run = 1; run <= runs; run++)
        {
            await Measure(run, "drill-down", book => Task.FromResult(workbook.Cases(book, DashboardMetric.Accepted, cases)));
        }

        return 0;
    }

    private static async Task<int> WorklistAsync(int rows, int runs)
    {
        var path = $"/tmp/registry-bench-export-{rows}.db";
        if (!File.Exists(path))
        {
            await WorklistDatabase.EnsureAsync(path, rows, 0, Console.Out);
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                // One person did every first review: their done tab holds `rows` tasks.
                command.CommandText = $"UPDATE WorkflowJournal SET Actor = '{WorklistDatabase.BenchmarkUser}' WHERE Actor LIKE 'first-review-%'; ANALYZE;";
                command.ExecuteNonQuery();
            }

            Console.WriteLine($"generated {path}; run again to measure (generating used a large SQLite cache, which would count in the peak)");
            return 0;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = path,
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(WorklistDatabase.Now))
            .AddRegistryServices(configuration).BuildServiceProvider();
        var x = services.GetRequiredService<IStringLocalizer<ExportResource>>();
        var query = new WorklistQuery(WorklistView.Done);
        string[] roles = ["first-review"];
        // A running host has built its services (catalogue, EF model) before anyone exports: so does the benchmark.
        await using (var warm = services.CreateAsyncScope())
        {
            await warm.ServiceProvider.GetRequiredService<WorklistExport>().CountAsync(query with { View = WorklistView.Mine }, WorklistDatabase.BenchmarkUser, roles);
        }

        for (var run = 1; run <= runs; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var export = scope.ServiceProvider.GetRequiredService<WorklistExport>();
            // As the page's job does: the bounded count for the progress bar, then the rows.
            await Measure(run, "worklist done tab from the database", async book =>
            {
                await export.CountAsync(query, WorklistDatabase.BenchmarkUser, roles);
                return await WorklistWorkbook.WriteAsync(book, x, export.ReadAsync(query, WorklistDatabase.BenchmarkUser, roles));
            });
        }

        return 0;
    }

    private static async Task Measure(int run, string what, Func<StreamedWorkbook, Task<int>> write)
    {
        var watch = Stopwatch.StartNew();
        var path = Path.Combine(Path.GetTempPath(), $"registry-export-bench-{Guid.NewGuid():N}.xlsx");
        int written;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            using var book = new StreamedWorkbook(file);
            written = await write(book);
            book.Complete();
        }

        watch.Stop();
        var size = new FileInfo(path).Length;
        File.Delete(path);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run} ({what}, streamed): {written:N0} rows in {watch.Elapsed.TotalSeconds:0.00} s, file {size / 1024.0 / 1024.0:0.0} MiB, peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB, load {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    /// <summary>Type names fall back to their codes: the benchmark measures writing, not the catalogue.</summary>
    private sealed class NoCatalogue : IBusinessTypeCatalogue
    {
        public IReadOnlyList<BusinessType> All => [];

        public IReadOnlyList<BusinessTypeCategory> Categories => [];

        public IReadOnlyDictionary<string, Registry.Workflows.Definitions.WorkflowDefinition> Workflows => new Dictionary<string, Registry.Workflows.Definitions.WorkflowDefinition>();

        public BusinessType Find(string code) => throw new UnknownBusinessTypeException(code);

        public bool TryFind(string code, out BusinessType? type)
        {
            type = null;
            return false;
        }

        public IReadOnlyList<BusinessType> InCategory(string category) => [];

        public IReadOnlyList<Registry.Application.Recording.RegisterEffect> BindEffects(string code, System.Text.Json.Nodes.JsonObject caseData) => [];
    }
}
