using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules;
using Registry.Rules.NRules;
using NRulesSession = global::NRules.ISession;

namespace Registry.Benchmarks.Rules;

/// <summary>
/// `rules-nrules [cases]`: full-review latency percentiles, self-check over generated finished cases, compile time of a
/// 100-rule set, retained memory per shipped rule set. Prints the load average. (Until issue 14's switch it ran the
/// delegate evaluator NRules replaced beside it, calls interleaved; those side-by-side figures are in RESULTS.md.)
/// </summary>
internal static class NRulesComparison
{
    public static Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        Print($"load average at start: {LoadAverage()}");

        Compile100();
        Memory();
        Review();
        SelfCheck(cases);

        Print($"load average at end: {LoadAverage()}");
        return Task.FromResult(0);
    }

    private static void Compile100()
    {
        var json = HundredRuleSet();
        var materials = RulesBenchmarkData.LoadCatalogue().Materials;
        for (var run = 0; run < 4; run++)
        {
            var sw = Stopwatch.StartNew();
            var catalogue = RuleSetCatalogue.Load([("hundred.json", json)], materials);
            var parsed = sw.Elapsed.TotalMilliseconds;
            _ = catalogue.CreateEvaluator(); // builds the NRules session factory
            var total = sw.Elapsed.TotalMilliseconds;
            Print($"compile 100-rule set (run {run + 1}): parse + delegates {parsed:F0} ms, + NRules session factory {total - parsed:F0} ms, total {total:F0} ms");
        }
    }

    private static void Memory()
    {
        var materials = RulesBenchmarkData.LoadCatalogue().Materials;
        var files = Directory.GetFiles(RulesBenchmarkData.RulesDirectory(), "*.json")
            .Where(p => Path.GetFileName(p) is not (RuleSetCatalogue.SchemaFile or RuleSetCatalogue.MaterialsFile))
            .Order(StringComparer.Ordinal).ToList();
        foreach (var file in files.Append("(all review sets together)"))
        {
            MemoryOf(file, files, materials);
        }
    }

    // A method of its own: the previous set's catalogue and sessions must be unreachable before the next is measured.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void MemoryOf(string file, List<string> files, MaterialsChecklist materials)
    {
        var json = file.StartsWith('(') ? null : File.ReadAllText(file);
        var sources = json is null
            ? files.Where(f => Path.GetFileName(f).StartsWith("review-", StringComparison.Ordinal)).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList()
            : [(Path.GetFileName(file), json)];
        var before = Retained();
        var catalogue = RuleSetCatalogue.Load(sources, materials);
        var parsed = Retained();
        var review = catalogue.RuleSets.Any(s => s.Kind == "review");
        _ = review ? catalogue.CreateEvaluator() : null;
        _ = review ? null : catalogue.CreateSelfCheckRunner();
        var engine = Retained();

        // What a pooled session keeps after a run (its node memories): 16 sessions each used once with every rule applicable (an upper bound), held, averaged.
        var held = new List<NRulesSession>();
        for (var k = 0; k < 16; k++)
        {
            var session = review ? catalogue.ReviewEngine.Factory.CreateSession() : catalogue.SelfCheckEngine.Factory.CreateSession();
            var facts = new List<object>();
            if (review)
            {
                var context = new ReviewSessionContext(materials, catalogue.ReviewEngine.Rules.Length, catalogue.ReviewEngine.Derived.Length);
                Array.Fill(context.Applicable, true);
                Array.Fill(context.Derived, true);
                var f = RulesBenchmarkData.ReviewCase();
                facts.Add(new Subject<ReviewFacts>(context, f));
                foreach (var source in catalogue.ReviewEngine.InsertedSources)
                {
                    source.AddFacts(f, facts);
                }
            }
            else
            {
                var batch = RulesBenchmarkData.FinishedCases(512).ToList();
                var context = new SelfCheckSessionContext(materials, catalogue.SelfCheckEngine.Rules, new(StringComparer.Ordinal), batch);
                facts.AddRange(batch.Select(c => new Subject<FinishedCaseFacts>(context, c)));
            }

            session.InsertAll(facts);
            session.Fire();
            session.RetractAll(facts);
            held.Add(session);
        }

        var pooled = (Retained() - engine) / held.Count;
        GC.KeepAlive(held);
        Print($"retained memory {Path.GetFileName(file)} ({catalogue.RuleSets.Sum(s => s.RuleCount)} rules): parse + named-fact delegates {(parsed - before) / 1024.0:F0} KB, NRules session factory {(engine - parsed) / 1024.0:F0} KB, a pooled session after a run {pooled / 1024.0:F1} KB");
        GC.KeepAlive(catalogue);
    }

    private static void Review()
    {
        var catalogue = RulesBenchmarkData.LoadCatalogue();
        var nrules = catalogue.CreateEvaluator();
        var facts = RulesBenchmarkData.ReviewCase();
        var applicable = Full(nrules, facts);
        Print($"full review (intake + review + booking): {applicable} applicable rules evaluated per call");
        for (var i = 0; i < 10_000; i++)
        {
            Full(nrules, facts);
        }

        const int N = 100_000;
        var a = new long[N];
        var gcDuring = new bool[N];
        var cpu = new long[N];
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < N; i++)
        {
            var collections = GC.CollectionCount(0);
            var cpuStart = ThreadCpuNanoseconds();
            var start = Stopwatch.GetTimestamp();
            Full(nrules, facts);
            a[i] = Stopwatch.GetTimestamp() - start;
            cpu[i] = ThreadCpuNanoseconds() - cpuStart;
            gcDuring[i] = GC.CollectionCount(0) != collections;
        }

        var perReview = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / N;
        var pauses = GC.GetTotalPauseDuration() - pause;
        var info = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        Print(string.Create(CultureInfo.InvariantCulture,
            $"  GC: server {System.Runtime.GCSettings.IsServerGC}, concurrent {AppContext.GetData("System.GC.Concurrent") ?? "default"}, gen0 budget setting {AppContext.GetData("System.GC.Gen0Size") ?? "default"}, conserve {AppContext.GetData("System.GC.ConserveMemory") ?? "default"}, TieredPGO {AppContext.GetData("System.Runtime.TieredPGO") ?? "default"}"));
        Print(string.Create(CultureInfo.InvariantCulture,
            $"  {perReview:F1} KB allocated per review; collections during the {N:N0} timed reviews: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}; GC paused {pauses.TotalMilliseconds:F0} ms in all (last ephemeral GC pause {info.PauseDurations[0].TotalMicroseconds:F0} µs, promoted {info.PromotedBytes / 1024.0:F0} KB)"));
        Print($"  NRules    {Percentiles((long[])a.Clone())}");

        // Where the tail comes from: the calls during which a GC ran, the calls whose thread was off the CPU (wall time
        // well above its own CPU time: the scheduler gave the core to someone else), and the rest.
        var ticksPerUs = Stopwatch.Frequency / 1_000_000.0;
        var offCpu = Enumerable.Range(0, N).Select(i => !gcDuring[i] && a[i] / ticksPerUs - cpu[i] / 1000.0 > 50).ToArray();
        Print($"  calls with a GC ({gcDuring.Count(x => x):N0}): {Percentiles([.. a.Where((_, i) => gcDuring[i])])}");
        Print($"  calls off the CPU > 50 µs, no GC ({offCpu.Count(x => x):N0}): {Percentiles([.. a.Where((_, i) => offCpu[i])])}");
        Print($"  the rest ({N - gcDuring.Count(x => x) - offCpu.Count(x => x):N0}): {Percentiles([.. a.Where((_, i) => !gcDuring[i] && !offCpu[i])])}");
        var tail = a.OrderByDescending(x => x).ElementAt(N / 100);
        var inTail = Enumerable.Range(0, N).Where(i => a[i] >= tail).ToList();
        Print($"  the slowest 1% ({inTail.Count:N0} calls ≥ {tail / ticksPerUs:F0} µs): {inTail.Count(i => gcDuring[i])} with a GC, {inTail.Count(i => offCpu[i])} off the CPU without a GC, {inTail.Count(i => !gcDuring[i] && !offCpu[i])} neither");

        // Forward chaining's cost: the same rules with the derived fact (as shipped) and without it (each rule joining the
        // entries itself), calls interleaved so both see the same load.
        var without = WithoutDerived().CreateEvaluator();
        var b = new long[N / 2];
        var c = new long[N / 2];
        for (var i = 0; i < N / 2; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            Full(nrules, facts);
            var t1 = Stopwatch.GetTimestamp();
            Full(without, facts);
            b[i] = t1 - t0;
            c[i] = Stopwatch.GetTimestamp() - t1;
        }

        Print($"  interleaved, with the derived fact:    {Percentiles(b)}");
        Print($"  interleaved, without (plain joins):    {Percentiles(c)}");
    }

    // The shipped review sets with their Derived section removed.
    private static RuleSetCatalogue WithoutDerived()
    {
        var files = Directory.GetFiles(RulesBenchmarkData.RulesDirectory(), "*.json")
            .Where(p => Path.GetFileName(p) is not (RuleSetCatalogue.SchemaFile or RuleSetCatalogue.MaterialsFile))
            .Order(StringComparer.Ordinal)
            .Select(p =>
            {
                var root = JsonNode.Parse(File.ReadAllText(p))!.AsObject();
                root.Remove("Derived");
                return (Path.GetFileName(p), root.ToJsonString());
            });
        return RuleSetCatalogue.Load(files, RulesBenchmarkData.LoadCatalogue().Materials);
    }

    // CLOCK_THREAD_CPUTIME_ID: the CPU time this thread has used (Linux); 0 elsewhere.
    private static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        _ = ClockGetTime(3, out var ts);
        return (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec value);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static void SelfCheck(int cases)
    {
        var runner = RulesBenchmarkData.LoadCatalogue().CreateSelfCheckRunner();
        for (var run = 0; run < 2; run++)
        {
            var sw = Stopwatch.StartNew();
            var report = runner.Summarise(RulesBenchmarkData.FinishedCases(cases), samplesPerCategory: 100);
            Print($"self-check NRules run {run + 1}: {report.CasesChecked:N0} cases, {report.RulesEvaluated:N0} rule evaluations in {sw.Elapsed.TotalSeconds:F2} s; with findings {report.CasesWithFindings:N0}; {string.Join(", ", report.Categories.Select(c => $"{c.Category} {c.FailCount}/{c.ErrorCount}"))}");
        }
    }

    private static int Full(IRuleSetEvaluator e, ReviewFacts facts) =>
        e.Evaluate(facts, RuleStage.Intake).Findings.Count + e.Evaluate(facts, RuleStage.Review).Findings.Count + e.Evaluate(facts, RuleStage.Book).Findings.Count;

    /// <summary>The shipped review rules as one set of exactly 100 (codes suffixed where a rule is used twice).</summary>
    private static string HundredRuleSet()
    {
        var rules = new JsonArray();
        var all = Directory.GetFiles(RulesBenchmarkData.RulesDirectory(), "review-*.json").Order(StringComparer.Ordinal)
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(f))!["Rules"]!.AsArray()).ToList();
        for (var i = 0; i < 100; i++)
        {
            var rule = all[i % all.Count]!.DeepClone();
            if (i >= all.Count)
            {
                rule["RuleName"] = $"{rule["RuleName"]}-COPY{i}";
            }

            rules.Add(rule);
        }

        return new JsonObject { ["WorkflowName"] = "hundred", ["Kind"] = "review", ["Version"] = 1, ["Rules"] = rules }.ToJsonString();
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Percentiles(long[] ticks)
    {
        if (ticks.Length == 0)
        {
            return "none";
        }

        Array.Sort(ticks);
        double Us(double q) => ticks[Math.Min(ticks.Length - 1, (int)(q * ticks.Length))] * 1_000_000.0 / Stopwatch.Frequency;
        return string.Create(CultureInfo.InvariantCulture, $"p50 {Us(0.50):F1} µs, p90 {Us(0.90):F1} µs, p99 {Us(0.99):F1} µs, p99.9 {Us(0.999):F1} µs, max {Us(1):F1} µs");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static void Print(string line)
    {
        Console.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "registry-rules-nrules.txt"), line + Environment.NewLine);
    }
}
