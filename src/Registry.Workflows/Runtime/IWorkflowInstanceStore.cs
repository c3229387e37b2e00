using Registry.Workflows.Journal;

namespace Registry.Workflows.Runtime;

/// <summary>
/// Persists instances and their journal. One <see cref="CommitAsync"/> is one unit of work: the new instance state and the
/// journal entries of the step are written together (a durable store commits one transaction per step) or not at all.
/// </summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Loads an instance.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The instance, or null.</returns>
    Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a step. Inserts when <paramref name="expectedVersion"/> is 0; otherwise replaces the stored instance only if its
    /// version is still <paramref name="expectedVersion"/>, else throws <see cref="WorkflowConcurrencyException"/>.
    /// </summary>
    /// <param name="instance">The new state (its <see cref="WorkflowInstance.Version"/> is <paramref name="expectedVersion"/> + 1).</param>
    /// <param name="expectedVersion">The version the step was computed from.</param>
    /// <param name="journal">The journal entries of the step, in order.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task that completes when the step is durable.</returns>
    Task CommitAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken = default);

    /// <summary>Reads an instance's journal in sequence order.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Finds instances with a timer bookmark due at or before <paramref name="now"/>.</summary>
    /// <param name="now">The sweep instant.</param>
    /// <param name="maxCount">At most this many instance ids.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Instance ids (each at most once).</returns>
    Task<IReadOnlyList<Guid>> FindDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default);
}
