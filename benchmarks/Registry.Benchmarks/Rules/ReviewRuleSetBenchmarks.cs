using BenchmarkDotNet.Attributes;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules;

namespace Registry.Benchmarks.Rules;

/// <summary>
/// The full review catalogue for one case, explanations included: the three stages (intake, review, booking) evaluate
/// every applicable review rule of all review sets on NRules. The delegate evaluator NRules replaced and Microsoft
/// RulesEngine are gone (their last figures, side by side with NRules, are in RESULTS.md).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
[MemoryDiagnoser]
public class ReviewRuleSetBenchmarks
{
    private IRuleSetEvaluator _evaluator = null!;
    private RuleSetCatalogue _catalogue = null!;
    private ReviewFacts _facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = RulesBenchmarkData.LoadCatalogue();
        _evaluator = _catalogue.CreateEvaluator();
        _facts = RulesBenchmarkData.ReviewCase();
        var count = FullReview();
        Console.WriteLine($"// rules evaluated per case (intake+review+book): {count}");
    }

    /// <summary>Intake + review + booking stages: every applicable review rule once per stage it runs in.</summary>
    [Benchmark(Baseline = true)]
    public int FullReview()
    {
        var n = 0;
        n += _evaluator.Evaluate(_facts, RuleStage.Intake).Findings.Count;
        n += _evaluator.Evaluate(_facts, RuleStage.Review).Findings.Count;
        n += _evaluator.Evaluate(_facts, RuleStage.Book).Findings.Count;
        return n;
    }

    /// <summary>The review stage only.</summary>
    [Benchmark]
    public int ReviewStageOnly() => _evaluator.Evaluate(_facts, RuleStage.Review).Findings.Count;
}
