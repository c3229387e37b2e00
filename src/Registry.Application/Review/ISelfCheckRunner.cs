using Registry.Application.Review.Facts;

namespace Registry.Application.Review;

/// <summary>Runs the quality self-check rules (质检自检) over finished cases.</summary>
public interface ISelfCheckRunner
{
    /// <summary>Streams every failed or errored finding as cases are read; memory stays bounded by one case.</summary>
    IAsyncEnumerable<SelfCheckFinding> StreamAsync(IAsyncEnumerable<FinishedCaseFacts> cases, CancellationToken cancellationToken = default);

    /// <summary>Runs over all cases and returns counts per category plus at most <paramref name="samplesPerCategory"/> findings per category.</summary>
    Task<SelfCheckReport> SummariseAsync(IAsyncEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100, CancellationToken cancellationToken = default);

    /// <summary>Synchronous form of <see cref="SummariseAsync"/> for in-memory sequences.</summary>
    SelfCheckReport Summarise(IEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100);
}
