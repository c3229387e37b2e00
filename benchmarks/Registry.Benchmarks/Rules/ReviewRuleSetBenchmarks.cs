using BenchmarkDotNet.Attributes;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules;

namespace Registry.Benchmarks.Rules;

/// <summary>
/// The full review catalogue for one case, explanations included: the three stages (intake, review, booking) evaluate
/// every applicable review rule of all review sets, on NRules (the product) beside the delegate evaluator it replaced.
/// Microsoft RulesEngine is gone (its last figures are in RESULTS.md).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
[MemoryDiagnoser]
public class ReviewRuleSetBenchmarks
{
    private IRuleSetEvaluator _evaluator = null!;
    private RuleSetCatalogue _catalogue = null!;
    private ReviewFacts _facts = null!;
    private IRuleSetEvaluator _reference = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = RulesBenchmarkData.LoadCatalogue();
        _evaluator = _catalogue.CreateEvaluator();
        _facts = RulesBenchmarkData.ReviewCase();
        _reference = _catalogue.CreateReferenceEvaluator();
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

    /// <summary>The same three stages on the delegate evaluator NRules replaced.</summary>
    [Benchmark]
    public int FullReviewReference()
    {
        var n = 0;
        n += _reference.Evaluate(_facts, RuleStage.Intake).Findings.Count;
        n += _reference.Evaluate(_facts, RuleStage.Review).Findings.Count;
        n += _reference.Evaluate(_facts, RuleStage.Book).Findings.Count;
        return n;
    }
}
