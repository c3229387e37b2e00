using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Registry.Application.Review;
using Registry.Application.Review.Facts;

namespace Registry.Benchmarks.Rules;

/// <summary>
/// p99 latency of the full review (intake + review + booking) for one case: after 10k warm-up calls, 100,000 timed
/// evaluations with Stopwatch timestamps; the percentiles are printed to the log ("// p50/p99/p99.9/max").
/// BenchmarkDotNet's own percentiles are over iteration means, not single calls, hence this loop.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ReviewLatencyPercentileBenchmarks
{
    private IRuleSetEvaluator _evaluator = null!;
    private ReviewFacts _facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = RulesBenchmarkData.LoadCatalogue().CreateEvaluator();
        _facts = RulesBenchmarkData.ReviewCase();
    }

    [Benchmark]
    public double FullReviewP99Of100k()
    {
        for (var i = 0; i < 10_000; i++)
        {
            Once();
        }

        const int N = 100_000;
        var ticks = new long[N];
        for (var i = 0; i < N; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Once();
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(ticks);
        double Us(double q) => ticks[Math.Min(N - 1, (int)(q * N))] * 1_000_000.0 / Stopwatch.Frequency;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"// full review latency over {N} calls: p50 {Us(0.50):F1} us, p90 {Us(0.90):F1} us, p99 {Us(0.99):F1} us, p99.9 {Us(0.999):F1} us, max {Us(1):F1} us");
        Console.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "registry-rules-p99.txt"), line + Environment.NewLine);
        return Us(0.99);
    }

    private int Once() =>
        _evaluator.Evaluate(_facts, RuleStage.Intake).Findings.Count
        + _evaluator.Evaluate(_facts, RuleStage.Review).Findings.Count
        + _evaluator.Evaluate(_facts, RuleStage.Book).Findings.Count;
}
