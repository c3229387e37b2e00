using System.Runtime.CompilerServices;
using Registry.Application.Cases;
using Registry.Application.Review.Facts;

namespace Registry.Application.Review;

/// <summary>Runs the self-check rules (质检自检) over every completed case in storage, streaming.</summary>
public sealed class SelfCheckService(ICaseRepository cases, FinishedCaseFactsBuilder builder, ISelfCheckRunner runner)
{
    /// <summary>Runs over all completed cases and counts findings by category and by rule; keeps <paramref name="samplesPerRule"/> samples per rule.</summary>
    public async Task<SelfCheckTally> RunAsync(int samplesPerRule = 3, CancellationToken cancellationToken = default)
    {
        var counter = new CaseCounter();
        var byCategory = SelfCheckTally.Categories.ToDictionary(c => c.Code, _ => 0L, StringComparer.Ordinal);
        var byRule = new Dictionary<string, (string Name, string Category, long Count)>(StringComparer.Ordinal);
        var samples = new List<SelfCheckFinding>();
        var casesWithFindings = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var f in runner.StreamAsync(FactsAsync(counter, cancellationToken), cancellationToken))
        {
            casesWithFindings.Add(f.CaseNo);
            byCategory[f.Finding.Category] = byCategory.GetValueOrDefault(f.Finding.Category) + 1;
            var r = byRule.GetValueOrDefault(f.Finding.RuleCode, (f.Finding.NameZh, f.Finding.Category, 0L));
            byRule[f.Finding.RuleCode] = (r.Item1, r.Item2, r.Item3 + 1);
            if (r.Item3 < samplesPerRule)
            {
                samples.Add(f);
            }
        }

        var labels = SelfCheckTally.Categories.ToDictionary(c => c.Code, c => c.Zh, StringComparer.Ordinal);
        return new SelfCheckTally(
            counter.Count,
            casesWithFindings.Count,
            [.. byCategory.Select(kv => new SelfCheckCount(kv.Key, labels.GetValueOrDefault(kv.Key, kv.Key), kv.Key, kv.Value))],
            [.. byRule.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new SelfCheckCount(kv.Key, kv.Value.Name, kv.Value.Category, kv.Value.Count))],
            samples);
    }

    /// <summary>The finished-case facts of every completed case, streamed.</summary>
    public IAsyncEnumerable<FinishedCaseFacts> FactsAsync(CancellationToken cancellationToken = default) => FactsAsync(new CaseCounter(), cancellationToken);

    private async IAsyncEnumerable<FinishedCaseFacts> FactsAsync(CaseCounter counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var c in cases.StreamFinishedAsync(cancellationToken))
        {
            if (await builder.BuildAsync(c, cancellationToken) is { } facts)
            {
                counter.Count++;
                yield return facts;
            }
        }
    }

    private sealed class CaseCounter
    {
        public long Count { get; set; }
    }
}
