using Registry.Application.Review;
using Registry.Application.Review.Facts;

namespace Registry.Application.Tests.Inspection.SelfCheckRuns;

/// <summary>The product's self-check runner, made to throw while <see cref="Down"/> is set (a rule set that cannot run).</summary>
internal sealed class FailingSelfCheckRunner(ISelfCheckRunner inner) : ISelfCheckRunner
{
    public bool Down { get; set; }

    public IAsyncEnumerable<SelfCheckFinding> StreamAsync(IAsyncEnumerable<FinishedCaseFacts> cases, CancellationToken cancellationToken = default) =>
        Down ? throw new InvalidOperationException("rules down") : inner.StreamAsync(cases, cancellationToken);

    public Task<SelfCheckReport> SummariseAsync(IAsyncEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100, CancellationToken cancellationToken = default) =>
        inner.SummariseAsync(cases, samplesPerCategory, cancellationToken);

    public SelfCheckReport Summarise(IEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100) => inner.Summarise(cases, samplesPerCategory);
}
