using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Benchmarks.Rules;

namespace Registry.Rules.Tests;

/// <summary>
/// Findings pinned as data. They were recorded with NRules once its findings had been proven identical to the delegate
/// evaluator it replaced (issue 14: every rule case of the shipped rules, generated mixes, and the demo county's facts
/// from the production fact builders), and that evaluator was then removed: these files keep the findings from
/// drifting now that there is one engine. <c>Expectations/benchmark-case.txt</c> — every finding of the benchmark case
/// (<see cref="RulesBenchmarkData.ReviewCase"/>) at intake, review and booking, passes included, with messages and
/// facts; <c>review-mixes.txt</c> — per seeded mix of the rule cases and stage, the rules that failed or errored and a
/// digest of all findings; <c>selfcheck-mixes.txt</c> — the self-check problems per generated case and the report's
/// counts. A rule change in <c>rules/</c> changes them on purpose: re-record with
/// <c>REGISTRY_RECORD_EXPECTATIONS=1 dotnet test tests/Registry.Rules.Tests --filter RecordedExpectations</c>, review
/// the diff and commit it.
/// </summary>
public sealed class RecordedExpectationsTests
{
    private const string RecordVariable = "REGISTRY_RECORD_EXPECTATIONS";
    private static readonly RuleStage[] ReviewStages = [RuleStage.Intake, RuleStage.Review, RuleStage.Book];

    [Fact]
    public void RecordedExpectations_BenchmarkCase_EveryFindingAsRecorded()
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        var lines = new List<string>();
        foreach (var stage in ReviewStages)
        {
            var result = evaluator.Evaluate(RulesBenchmarkData.ReviewCase(), stage);
            lines.Add($"== {stage} sets={string.Join(",", result.RuleSets)} findings={result.Findings.Count} skipped={result.SkippedCount}");
            foreach (var f in result.Findings)
            {
                lines.AddRange(Describe(f));
            }
        }

        AssertRecorded("benchmark-case.txt", lines);
    }

    [Fact]
    public void RecordedExpectations_ReviewGeneratedMixes_OutcomesAsRecorded()
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        var cases = ReviewRuleCases.All.OrderBy(x => x.Key, StringComparer.Ordinal).SelectMany(x => new[] { x.Value.Pass, x.Value.Fail }).ToArray();
        var random = new Random(20261207);
        var lines = new List<string>();
        var failures = 0;
        for (var n = 0; n < 400; n++)
        {
            var a = cases[random.Next(cases.Length)]();
            var b = cases[random.Next(cases.Length)]();
            var mixed = random.Next(4) switch
            {
                0 => a with { Unit = b.Unit },
                1 => a with { Shared = b.Shared, Unit = a.Unit with { Seizures = b.Unit.Seizures, OpenCases = b.Unit.OpenCases } },
                2 => a.Case(c => c with { BusinessType = b.Case.BusinessType, Parties = b.Case.Parties }),
                _ => a with { Today = a.Today.AddDays(random.Next(-400, 400)), Unit = a.Unit with { PreNotices = b.Unit.PreNotices, Objections = b.Unit.Objections } },
            };
            foreach (var stage in ReviewStages)
            {
                var result = evaluator.Evaluate(mixed, stage);
                var problems = result.Problems.Select(p => $"{p.RuleCode}:{p.Outcome}").ToList();
                failures += problems.Count;
                lines.Add($"#{n} {mixed.Case.BusinessType} {stage} findings={result.Findings.Count} skipped={result.SkippedCount} digest={Digest(result.Findings)} {string.Join(" ", problems)}".TrimEnd());
            }
        }

        Assert.True(failures > 100, "the generated set should make rules fail, not only pass");
        AssertRecorded("review-mixes.txt", lines);
    }

    [Fact]
    public void RecordedExpectations_SelfCheckGeneratedMixes_ProblemsAsRecorded()
    {
        var cases = SelfCheckRuleCases.All.OrderBy(x => x.Key, StringComparer.Ordinal).SelectMany(c => new[] { c.Value.Pass(), c.Value.Fail() }).ToList();
        var random = new Random(7);
        for (var n = 0; n < 1_500; n++)
        {
            var a = cases[random.Next(cases.Count)];
            var b = cases[random.Next(cases.Count)];
            cases.Add(random.Next(3) switch
            {
                0 => a with { UnitAtBooking = b.UnitAtBooking, CaseNo = $"G{n}" },
                1 => a with { BusinessType = b.BusinessType, Right = b.Right, CaseNo = $"G{n}" },
                _ => a with { BookedAt = b.BookedAt, Today = a.Today.AddDays(random.Next(-100, 100)), CaseNo = $"G{n}" },
            });
        }

        var runner = TestCatalogue.Instance.CreateSelfCheckRunner();
        var problems = runner.StreamAsync(cases.ToAsyncEnumerable()).ToBlockingEnumerable().ToList();
        var report = runner.Summarise(cases);
        var lines = new List<string>
        {
            $"cases={report.CasesChecked} withFindings={report.CasesWithFindings} evaluated={report.RulesEvaluated} problems={problems.Count}",
        };
        lines.AddRange(report.Categories.Select(c => $"category {c.Category} fail={c.FailCount} error={c.ErrorCount}"));
        lines.AddRange(problems.Select((p, i) => $"{i} {p.CaseNo} {p.Finding.RuleCode}:{p.Finding.Outcome} digest={Digest([p.Finding])}"));

        Assert.True(problems.Count > 200, $"only {problems.Count} problems in the generated set");
        AssertRecorded("selfcheck-mixes.txt", lines);
    }

    private static IEnumerable<string> Describe(RuleFinding f)
    {
        yield return $"{f.RuleSet} {f.RuleCode} v{f.RuleVersion} {f.Category} {f.Severity} {f.Outcome}";
        if (f.MessageZh is not null)
        {
            yield return $"  zh: {f.MessageZh}";
        }

        if (f.MessageEn is not null)
        {
            yield return $"  en: {f.MessageEn}";
        }

        if (f.Error is not null)
        {
            yield return $"  error: {f.Error}";
        }

        foreach (var fact in f.Facts)
        {
            yield return $"  {fact.Name} = {fact.Value ?? "null"}";
        }
    }

    /// <summary>A short digest of findings in full (messages, facts, errors): a change anywhere changes it.</summary>
    private static string Digest(IEnumerable<RuleFinding> findings)
    {
        var text = string.Join("\n", findings.SelectMany(Describe));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6);
    }

    private static void AssertRecorded(string file, List<string> actual)
    {
        if (Environment.GetEnvironmentVariable(RecordVariable) == "1")
        {
            var target = Path.Combine(SourceDirectory(), "Expectations", file);
            File.WriteAllLines(target, actual);
            Assert.Fail($"Recorded {actual.Count} lines to {target}; review the diff, then run again without {RecordVariable}.");
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Expectations", file);
        Assert.True(File.Exists(path), $"{file} is not recorded; run with {RecordVariable}=1.");
        var expected = File.ReadAllLines(path);
        for (var i = 0; i < Math.Max(expected.Length, actual.Count); i++)
        {
            var e = i < expected.Length ? expected[i] : "<end>";
            var a = i < actual.Count ? actual[i] : "<end>";
            Assert.True(e == a, string.Create(CultureInfo.InvariantCulture,
                $"{file} line {i + 1} differs.\nrecorded: {e}\nnow:      {a}\nIf a rule in rules/ changed on purpose, re-record with {RecordVariable}=1 and review the diff."));
        }
    }

    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Registry.Rules.Tests");
            if (Directory.Exists(Path.Combine(candidate, "Expectations")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Registry.Rules.Tests/Expectations not found above the test binaries.");
    }
}
