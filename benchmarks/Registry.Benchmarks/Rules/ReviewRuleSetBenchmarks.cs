using BenchmarkDotNet.Attributes;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules;
using Registry.Rules.Evaluation;

namespace Registry.Benchmarks.Rules;

/// <summary>
/// The full review catalogue for one case, explanations included: the three stages (intake, review, booking) evaluate
/// every applicable review rule of all review sets. Compared with RulesEngine's ExecuteAllRulesAsync on the same files.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
[MemoryDiagnoser]
public class ReviewRuleSetBenchmarks
{
    private IRuleSetEvaluator _evaluator = null!;
    private RuleSetCatalogue _catalogue = null!;
    private ReviewFacts _facts = null!;
    private global::RulesEngine.RulesEngine _rulesEngine = null!;
    private string[] _ruleSetNames = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = RulesBenchmarkData.LoadCatalogue();
        _evaluator = _catalogue.CreateEvaluator();
        _facts = RulesBenchmarkData.ReviewCase();
        var files = Directory.GetFiles(RulesBenchmarkData.RulesDirectory(), "review-*.json");
        _ruleSetNames = [.. files.Select(Path.GetFileNameWithoutExtension)!];
        _rulesEngine = RulesEngineInterop.CreateEngine(files.Select(File.ReadAllText));
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

    /// <summary>RulesEngine 6 executing every rule of the three review files (no type/stage filter, no explanations).</summary>
    [Benchmark]
    public async Task<int> RulesEngineExecuteAllRules()
    {
        var n = 0;
        var parameters = RulesEngineInterop.Parameters(_facts, _catalogue.Materials);
        foreach (var name in _ruleSetNames)
        {
            n += (await _rulesEngine.ExecuteAllRulesAsync(name, parameters)).Count;
        }

        return n;
    }
}
