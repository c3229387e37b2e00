namespace Registry.Scheduling.Notifications;

/// <summary>Delivers due outbox messages at least once, with exponential backoff on failure.</summary>
public interface IOutboxDispatcher
{
    /// <summary>Delivers the messages due now (one batch).</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What was done.</returns>
    Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default);
}
