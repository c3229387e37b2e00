namespace Registry.Application.Notifications;

/// <summary>What the dispatcher needs from the outbox storage.</summary>
public interface IOutboxDeliveryStore
{
    /// <summary>Pending messages whose next attempt is due, oldest first.</summary>
    /// <param name="now">The instant.</param>
    /// <param name="batchSize">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages.</returns>
    Task<IReadOnlyList<OutboxEnvelope>> ListDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims one attempt: increments the attempts and pushes the next attempt to <paramref name="leaseUntil"/>, only if the
    /// message still has <paramref name="expectedAttempts"/> and is pending. Two dispatchers cannot claim the same attempt.
    /// </summary>
    /// <param name="id">The message.</param>
    /// <param name="expectedAttempts">The attempts the caller read.</param>
    /// <param name="leaseUntil">When another dispatcher may try again if this one dies.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True if claimed.</returns>
    Task<bool> TryClaimAsync(Guid id, int expectedAttempts, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Marks a message delivered.</summary>
    /// <param name="id">The message.</param>
    /// <param name="deliveredAt">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task MarkDeliveredAsync(Guid id, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: retry at <paramref name="nextAttemptAt"/>, or give up when it is null.</summary>
    /// <param name="id">The message.</param>
    /// <param name="error">The error.</param>
    /// <param name="nextAttemptAt">When to retry; null to mark it failed for good.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task MarkAttemptFailedAsync(Guid id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken = default);

    /// <summary>The delivery records of a case's messages, oldest first.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    Task<IReadOnlyList<OutboxDelivery>> ListForCaseAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>Counts messages by status (for health pages and tests).</summary>
    /// <param name="status">The status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    Task<int> CountAsync(OutboxStatus status, CancellationToken cancellationToken = default);
}
