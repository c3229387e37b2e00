namespace Registry.Application.Review;

/// <summary>Stores review runs and their findings with the case (规则审查结果).</summary>
public interface IReviewRunStore
{
    /// <summary>The run stored under <paramref name="idempotencyKey"/>, or null.</summary>
    Task<ReviewRun?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>A run by id, with its findings; null when unknown.</summary>
    Task<ReviewRun?> FindAsync(Guid runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a run and its findings in one transaction. When a run with the same idempotency key is already stored
    /// (a retried call, or a concurrent duplicate) nothing is written and the stored run is returned.
    /// </summary>
    Task<ReviewRun> AddAsync(ReviewRun run, CancellationToken cancellationToken = default);

    /// <summary>The runs of a case, oldest first, with their findings.</summary>
    Task<IReadOnlyList<ReviewRun>> ListForCaseAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// The case's latest run (the last of <see cref="ListForCaseAsync"/> by evaluation time) with its findings, or null;
    /// reads only that run's findings (a decision's blocking check, not the case's whole review history).
    /// </summary>
    async Task<ReviewRun?> FindLatestForCaseAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        (await ListForCaseAsync(caseNumber, cancellationToken)).MaxBy(r => r.EvaluatedAt);
}
