namespace Registry.Application.Notifications;

/// <summary>Delivers messages of one channel. Must be idempotent by <see cref="OutboxEnvelope.Id"/>: a retry after a crash may repeat a call.</summary>
public interface INotificationSender
{
    /// <summary>The channel this sender serves.</summary>
    NotificationChannel Channel { get; }

    /// <summary>Delivers one message; throws to ask for a retry.</summary>
    /// <param name="envelope">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task DeliverAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default);
}
