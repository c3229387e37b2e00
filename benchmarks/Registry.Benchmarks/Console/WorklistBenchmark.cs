using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Worklist;

// Not "Registry.Benchmarks.Console": that namespace would hide System.Console in the other benchmarks.
namespace Registry.Benchmarks.ExaminerConsole;

/// <summary>
/// Worklist (待办) latency on the large database: each tab's first page and a deep page, searches by party name,
/// case number and unit code, the business type filter. One measurement = the page query with its bounded count
/// plus the page's case summaries (what <see cref="WorklistService"/> asks the database for). Target p95 ≤ 100 ms.
/// Run: <c>dotnet run -c Release --project benchmarks/Registry.Benchmarks -- worklist [--iterations 200] [--database path] [--finished n] [--open n]</c>.
/// </summary>
public static class WorklistBenchmark
{
    /// <summary>Generates or reuses the database, measures every scenario and prints a Markdown table.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var iterations = Option(args, "--iterations", 200);
        var finished = Option(args, "--finished", 1_000_000);
        var open = Option(args, "--open", 10_000);
        var path = OptionText(args, "--database") ?? (finished == 1_000_000 && open == 10_000 ? WorklistDatabase.DefaultPath : $"/tmp/registry-bench-{finished}-{open}.db");
        await WorklistDatabase.EnsureAsync(path, finished, open, System.Console.Out);

        await using var services = WorklistDatabase.Services(path);
        var query = services.GetRequiredService<IWorklistQuery>();
        var user = WorklistDatabase.BenchmarkUser;
        string[] roles = ["first-review"];
        var now = WorklistDatabase.Now;
        WorklistCriteria Tab(WorklistView view, int skip = 0) => new(view, user, roles, now, Skip: skip, Take: 20, CountLimit: WorklistService.CountLimit);
        WorklistCriteria Filtered(WorklistCriteria c) => c with { CountLimit = WorklistService.CountLimitFor(c.View, filtered: true) };
        var openName = WorklistDatabase.PartyName(7_000_000 + 3, 0);
        var doneName = WorklistDatabase.PartyName(120_000, 0);
        var scenarios = new (string Name, WorklistCriteria Criteria)[]
        {
            ("mine, page 1", Tab(WorklistView.Mine)),
            ("group, page 1", Tab(WorklistView.Group)),
            ("group, last page (skip 1,600)", Tab(WorklistView.Group, 1_600)),
            ("overdue, page 1", Tab(WorklistView.Overdue)),
            ("done, page 1", Tab(WorklistView.Done)),
            ("done, page 50 (skip 980)", Tab(WorklistView.Done, 980)),
            ("done, page 500 (skip 9,980, past the count)", Tab(WorklistView.Done, 9_980)),
            ("group, party name " + openName, Filtered(Tab(WorklistView.Group) with { PartyNamePrefix = openName })),
            ("group, party surname 王", Filtered(Tab(WorklistView.Group) with { PartyNamePrefix = "王" })),
            ("done, party name " + doneName, Filtered(Tab(WorklistView.Done) with { PartyNamePrefix = doneName })),
            ("done, party surname 王", Filtered(Tab(WorklistView.Done) with { PartyNamePrefix = "王" })),
            ("done, case number (full)", Filtered(Tab(WorklistView.Done) with { CaseNumberPrefix = WorklistDatabase.CaseNumber(120_000, open: false) })),
            ("done, case number prefix (a day)", Filtered(Tab(WorklistView.Done) with { CaseNumberPrefix = WorklistDatabase.CaseNumber(120_000, open: false)[..14] })),
            ("group, case number (full)", Filtered(Tab(WorklistView.Group) with { CaseNumberPrefix = WorklistDatabase.CaseNumber(4, open: true) })),
            ("done, unit code (full)", Filtered(Tab(WorklistView.Done) with { UnitCodePrefix = WorklistDatabase.UnitCode(120_000, open: false) })),
            ("done, business type", Filtered(Tab(WorklistView.Done) with { BusinessType = WorklistDatabase.BusinessTypes[1] })),
            ("group, business type", Filtered(Tab(WorklistView.Group) with { BusinessType = WorklistDatabase.BusinessTypes[1] })),
        };

        System.Console.WriteLine($"| scenario | rows | count | p50 ms | p95 ms | p99 ms | max ms |");
        System.Console.WriteLine($"|---|---:|---:|---:|---:|---:|---:|");
        var worst = 0.0;
        foreach (var (name, criteria) in scenarios)
        {
            var rows = 0;
            var count = string.Empty;
            for (var i = 0; i < 5; i++)
            {
                (rows, count) = await MeasureOnceAsync(query, criteria);
            }

            var samples = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                await MeasureOnceAsync(query, criteria);
                samples[i] = clock.Elapsed.TotalMilliseconds;
            }

            Array.Sort(samples);
            var p95 = Percentile(samples, 0.95);
            worst = Math.Max(worst, p95);
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rows} | {count} | {Percentile(samples, 0.50):F1} | {p95:F1} | {Percentile(samples, 0.99):F1} | {samples[^1]:F1} |"));
        }

        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worst p95: {worst:F1} ms (target ≤ 100 ms) over {iterations} iterations per scenario"));
        return 0;
    }

    private static async Task<(int Rows, string Count)> MeasureOnceAsync(IWorklistQuery query, WorklistCriteria criteria)
    {
        var page = await query.FindAsync(criteria);
        await query.SummariesAsync([.. page.Rows.Select(r => r.CaseNumber)]);
        return (page.Rows.Count, page.CountIsCapped ? $"{page.Count}+" : page.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
