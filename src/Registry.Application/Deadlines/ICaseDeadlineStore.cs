using Registry.Application.Notifications;

namespace Registry.Application.Deadlines;

/// <summary>Storage of case deadlines (implemented by the persistence layer).</summary>
public interface ICaseDeadlineStore
{
    /// <summary>Inserts a new deadline.</summary>
    /// <param name="deadline">The deadline (version 0).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="CaseDeadlineConflictException">The case number is already tracked.</exception>
    Task InsertAsync(CaseDeadlineRecord deadline, CancellationToken cancellationToken = default);

    /// <summary>Inserts many deadlines in one transaction (demo seeding, benchmarks).</summary>
    /// <param name="deadlines">The deadlines.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were inserted.</returns>
    Task<int> InsertManyAsync(IEnumerable<CaseDeadlineRecord> deadlines, CancellationToken cancellationToken = default);

    /// <summary>The deadline of a case, or null.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record or null.</returns>
    Task<CaseDeadlineRecord?> FindAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>The deadlines of several cases in one round trip (a worklist page); untracked cases are absent.</summary>
    /// <param name="caseNumbers">The cases.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Records by case number.</returns>
    async Task<IReadOnlyDictionary<string, CaseDeadlineRecord>> FindManyAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default)
    {
        // Fallback for stores without a batched read: one lookup per case.
        ArgumentNullException.ThrowIfNull(caseNumbers);
        var found = new Dictionary<string, CaseDeadlineRecord>(StringComparer.Ordinal);
        foreach (var number in caseNumbers.Distinct(StringComparer.Ordinal))
        {
            if (await FindAsync(number, cancellationToken).ConfigureAwait(false) is { } record)
            {
                found[number] = record;
            }
        }

        return found;
    }

    /// <summary>
    /// Replaces the stored deadline with <paramref name="updated"/> (its version becomes expected + 1) only if the stored
    /// row still has <paramref name="expectedStage"/> and <paramref name="expectedVersion"/>; in the same transaction
    /// enqueues <paramref name="notifications"/> (a dedupe key already present is skipped).
    /// </summary>
    /// <param name="updated">The new state.</param>
    /// <param name="expectedStage">The stage the caller read.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="notifications">Messages to enqueue with the change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True if this caller's change was stored; false if another writer changed the row first.</returns>
    Task<bool> TryUpdateAsync(CaseDeadlineRecord updated, DeadlineStage expectedStage, long expectedVersion,
        IReadOnlyList<OutboxMessage> notifications, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies many conditional changes in one transaction (the sweep's batch): each is stored only if its row still
    /// has the expected stage and version, and its notifications are enqueued only then. One commit per batch instead
    /// of one per case.
    /// </summary>
    /// <param name="updates">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>For each change, whether it was stored.</returns>
    Task<IReadOnlyList<bool>> TryUpdateBatchAsync(IReadOnlyList<CaseDeadlineUpdate> updates, CancellationToken cancellationToken = default);

    /// <summary>Open deadlines whose <see cref="CaseDeadlineRecord.NextCheckAt"/> is at or before <paramref name="now"/>, oldest first.</summary>
    /// <param name="now">The instant.</param>
    /// <param name="batchSize">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The due deadlines.</returns>
    Task<IReadOnlyList<CaseDeadlineRecord>> ListDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default);

    /// <summary>Open deadlines in <paramref name="stage"/>, earliest due first.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="skip">Rows to skip.</param>
    /// <param name="take">Rows to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the total.</returns>
    Task<CaseDeadlinePage> ListByStageAsync(DeadlineStage stage, int skip, int take, CancellationToken cancellationToken = default);
}
