using Registry.Application.Review;
using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

public sealed class SelfCheckRunnerTests
{
    private static IEnumerable<FinishedCaseFacts> Cases(int n)
    {
        for (var i = 0; i < n; i++)
        {
            var c = CleanFinished() with { CaseNo = $"C{i}" };
            yield return (i % 10) switch
            {
                1 => c with { WorkingDaysUsed = 9 }, // timeliness
                2 => c with { Reported = false }, // reporting
                3 => c with { CertificateNo = "bad" }, // certificate (number + output)
                _ => c,
            };
        }
    }

    private static async IAsyncEnumerable<FinishedCaseFacts> AsAsync(IEnumerable<FinishedCaseFacts> cases)
    {
        foreach (var c in cases)
        {
            await Task.Yield();
            yield return c;
        }
    }

    [Fact]
    public void Summarise_GroupsFindingsBySixCategories()
    {
        var report = TestCatalogue.Instance.CreateSelfCheckRunner().Summarise(Cases(100), samplesPerCategory: 3);
        Assert.Equal(100, report.CasesChecked);
        Assert.Equal(30, report.CasesWithFindings);
        Assert.Equal(["principle", "content", "certificate", "term", "timeliness", "reporting"], report.Categories.Select(c => c.Category));
        var byCat = report.Categories.ToDictionary(c => c.Category);
        Assert.Equal(10, byCat["timeliness"].FailCount);
        Assert.Equal(10, byCat["reporting"].FailCount);
        Assert.Equal(20, byCat["certificate"].FailCount);
        Assert.Equal(0, byCat["principle"].FailCount);
        Assert.Equal(3, byCat["timeliness"].Samples.Count); // bounded
        Assert.Contains("超过承诺时限", byCat["timeliness"].Samples[0].Finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummariseAsync_MatchesSync()
    {
        var runner = TestCatalogue.Instance.CreateSelfCheckRunner();
        var sync = runner.Summarise(Cases(50));
        var async = await runner.SummariseAsync(AsAsync(Cases(50)));
        Assert.Equal(sync.Categories.Select(c => c.FailCount), async.Categories.Select(c => c.FailCount));
        Assert.Equal(sync.RulesEvaluated, async.RulesEvaluated);
    }

    [Fact]
    public async Task StreamAsync_YieldsOnlyProblems()
    {
        var findings = new List<SelfCheckFinding>();
        await foreach (var f in TestCatalogue.Instance.CreateSelfCheckRunner().StreamAsync(AsAsync(Cases(20))))
        {
            findings.Add(f);
        }

        Assert.Equal(8, findings.Count); // 2 timeliness, 2 reporting, 2×2 certificate
        Assert.All(findings, f => Assert.NotEqual(RuleOutcome.Pass, f.Finding.Outcome));
    }
}
