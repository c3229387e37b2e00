namespace Registry.Application.Notifications;

/// <summary>The notifications outbox: messages are stored first, then delivered at least once by the dispatcher.</summary>
public interface INotificationOutbox
{
    /// <summary>Enqueues a message unless its dedupe key is already in the outbox.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True if enqueued; false if the key was already there (nothing changed).</returns>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
