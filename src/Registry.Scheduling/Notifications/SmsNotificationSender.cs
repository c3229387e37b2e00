using Registry.Application.Notifications;

namespace Registry.Scheduling.Notifications;

/// <summary>The SMS channel: the recipient is a mobile number; the gateway does the sending.</summary>
internal sealed class SmsNotificationSender(ISmsGateway gateway) : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.Sms;

    public Task DeliverAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return gateway.SendAsync(envelope.Id, envelope.Message.Recipient, envelope.Message.Text, cancellationToken);
    }
}
