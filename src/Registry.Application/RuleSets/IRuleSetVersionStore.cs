namespace Registry.Application.RuleSets;

/// <summary>
/// Published rule-set versions in the database (the rows admins publish; the files in <c>rules/</c> are loaded into it on
/// first run). Versions are appended, never changed.
/// </summary>
public interface IRuleSetVersionStore
{
    /// <summary>
    /// A number that grows with every publish anywhere (the count of published versions): the cheap check a node makes
    /// before a review to see whether it must load new versions.
    /// </summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The stamp; 0 when nothing was published yet.</returns>
    Task<long> PublishedStampAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest published version of every rule set, by name.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One record per rule set.</returns>
    Task<IReadOnlyList<RuleSetVersionRecord>> ListLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>Every version of one rule set, newest first.</summary>
    /// <param name="name">Rule-set name.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The versions (empty when the set is unknown).</returns>
    Task<IReadOnlyList<RuleSetVersionRecord>> ListVersionsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>One version, or null.</summary>
    /// <param name="name">Rule-set name.</param>
    /// <param name="version">Version.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The version or null.</returns>
    Task<RuleSetVersionRecord?> FindAsync(string name, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="record"/> (with its rule versions) in one transaction. Its version must be the next after
    /// <see cref="RuleSetVersionRecord.BasedOn"/> (or 1 / the file's version for a new set): when another publish took
    /// that number first, nothing is written and <see cref="RuleSetPublishConflictException"/> names who and when.
    /// </summary>
    /// <param name="record">The version to append.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task AppendAsync(RuleSetVersionRecord record, CancellationToken cancellationToken = default);
}
