using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Registry.Application.Review;

namespace Registry.Benchmarks.Rules;

/// <summary>
/// Self-check over 1,000,000 generated finished cases, streamed (one case in memory at a time): a one-shot timing per
/// iteration. Elapsed time, cases/s and the category counts are printed to the log.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
[MemoryDiagnoser]
public class SelfCheckBenchmarks
{
    private ISelfCheckRunner _runner = null!;

    [GlobalSetup]
    public void Setup() => _runner = RulesBenchmarkData.LoadCatalogue().CreateSelfCheckRunner();

    [Benchmark]
    public long SelfCheck1MCases()
    {
        var sw = Stopwatch.StartNew();
        var report = _runner.Summarise(RulesBenchmarkData.FinishedCases(1_000_000), samplesPerCategory: 100);
        sw.Stop();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"// self-check {report.CasesChecked:N0} cases, {report.RulesEvaluated:N0} rule evaluations in {sw.Elapsed.TotalSeconds:F2} s; cases with findings {report.CasesWithFindings:N0}; {string.Join(", ", report.Categories.Select(c => $"{c.Category} {c.FailCount}"))}");
        Console.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "registry-rules-selfcheck.txt"), line + Environment.NewLine);
        return report.CasesWithFindings;
    }
}
