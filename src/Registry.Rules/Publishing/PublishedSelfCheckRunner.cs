using System.Runtime.CompilerServices;
using Registry.Application.Review;
using Registry.Application.Review.Facts;

namespace Registry.Rules.Publishing;

/// <summary>The self-check runner over the published rule sets: each run is pinned to the versions published when it starts.</summary>
internal sealed class PublishedSelfCheckRunner(PublishedRuleSets published) : ISelfCheckRunner
{
    public async IAsyncEnumerable<SelfCheckFinding> StreamAsync(IAsyncEnumerable<FinishedCaseFacts> cases, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var runner = (await published.CurrentAsync(cancellationToken)).SelfCheck;
        await foreach (var finding in runner.StreamAsync(cases, cancellationToken))
        {
            yield return finding;
        }
    }

    public async Task<SelfCheckReport> SummariseAsync(IAsyncEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100, CancellationToken cancellationToken = default) =>
        await (await published.CurrentAsync(cancellationToken)).SelfCheck.SummariseAsync(cases, samplesPerCategory, cancellationToken);

    public SelfCheckReport Summarise(IEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100) => published.Last.SelfCheck.Summarise(cases, samplesPerCategory);
}
