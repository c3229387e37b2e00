using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Web.Components.Dashboard;
using Registry.Web.Exports;
using Registry.Web.Resources;

namespace Registry.Benchmarks.Exports;

/// <summary>
/// `excel-export [rows] [runs]`: the dashboard's drill-down export (the largest table a manager sends on) of 100,000 cases
/// by default, written as the download endpoint writes it (ClosedXML, saved to a temporary file); prints seconds per run,
/// the process's peak working set and the load average.
/// </summary>
internal static class ExcelExportBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
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
            var watch = Stopwatch.StartNew();
            var path = Path.Combine(Path.GetTempPath(), $"registry-export-bench-{Guid.NewGuid():N}.xlsx");
            using (var book = workbook.Cases(DashboardMetric.Accepted, cases))
            {
                book.SaveAs(path);
            }

            watch.Stop();
            var size = new FileInfo(path).Length;
            File.Delete(path);
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:0.00} s, file {size / 1024.0 / 1024.0:0.0} MiB, peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB, load {File.ReadAllText("/proc/loadavg").Trim()}"));
        }

        return Task.FromResult(0);
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
