using System.Diagnostics;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules;
using Registry.Rules.NRules;

namespace Registry.Benchmarks.Rules;

/// <summary>
/// `rules-profile [calls]`: where a review's NRules time goes — a new session, a pooled run with nothing applicable, a
/// pooled run with the review stage's rules, the evaluation with its findings, the full review — as p50, mean and
/// allocated KB per call. Prints the load average.
/// </summary>
internal static class NRulesProfile
{
    public static Task<int> RunAsync(string[] args)
    {
        var catalogue = RulesBenchmarkData.LoadCatalogue();
        var engine = catalogue.ReviewEngine;
        var facts = RulesBenchmarkData.ReviewCase();
        var evaluator = catalogue.CreateEvaluator();
        var n = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var inserted = new List<object>(32) { facts };
        foreach (var source in engine.InsertedSources)
        {
            source.AddFacts(facts, inserted);
        }

        Console.WriteLine($"inserted facts {inserted.Count}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        Measure("create session", n, () => engine.Factory.CreateSession());
        var ctx = new ReviewSessionContext(catalogue.Materials, engine.Rules.Length, engine.Derived.Length);
        var none = new List<object>(inserted) { [0] = new Subject<ReviewFacts>(ctx, facts) };
        Measure("create + insert + fire (nothing applicable)", n, () => { var s = engine.Factory.CreateSession(); s.InsertAll(none); s.Fire(); });
        Measure("pooled run (nothing applicable)", n, () => engine.Run(none));
        var applicable = engine.Applicable(1, RuleStage.Review, facts.Case.BusinessType).Concat(engine.Applicable(0, RuleStage.Review, facts.Case.BusinessType)).Concat(engine.Applicable(2, RuleStage.Review, facts.Case.BusinessType)).ToArray();
        Console.WriteLine($"review stage applicable {applicable.Length}, joins among them {applicable.Count(i => engine.Joins[i] is not null)}");
        Measure("pooled run (review stage applicable)", n, () =>
        {
            var c = new ReviewSessionContext(catalogue.Materials, engine.Rules.Length, engine.Derived.Length);
            foreach (var i in applicable)
            {
                c.Applicable[i] = true;
                if (engine.Reads[i] >= 0)
                {
                    c.Derived[engine.Reads[i]] = true;
                }
            }

            var list = new List<object>(inserted) { [0] = new Subject<ReviewFacts>(c, facts) };
            engine.Run(list);
        });
        Measure("evaluate review stage (NRules)", n, () => evaluator.Evaluate(facts, RuleStage.Review));
        Measure("full review (NRules)", n, () => { evaluator.Evaluate(facts, RuleStage.Intake); evaluator.Evaluate(facts, RuleStage.Review); evaluator.Evaluate(facts, RuleStage.Book); });
        return Task.FromResult(0);
    }

    private static void Measure(string name, int n, Action action)
    {
        for (var i = 0; i < n / 4; i++)
        {
            action();
        }

        var alloc = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        var t = new long[n];
        for (var i = 0; i < n; i++)
        {
            var s = Stopwatch.GetTimestamp();
            action();
            t[i] = Stopwatch.GetTimestamp() - s;
        }

        Array.Sort(t);
        var kb = (GC.GetAllocatedBytesForCurrentThread() - alloc) / 1024.0 / n;
        Console.WriteLine($"{name,-50} p50 {t[n / 2] * 1e6 / Stopwatch.Frequency,8:F1} µs  mean {sw.Elapsed.TotalMicroseconds / n,8:F1} µs  {kb,8:F1} KB/op");
    }
}
