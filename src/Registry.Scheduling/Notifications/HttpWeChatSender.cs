using Registry.Application.Notifications;

namespace Registry.Scheduling.Notifications;

/// <summary>
/// WeChat template messages (微信模板消息) through the office's gateway, which resolves the applicant's mobile number to the
/// follower of its official account: the template id configured for our key, each parameter as <c>{"value": …}</c>, and
/// the rendered text for gateways that send plain text.
/// </summary>
internal sealed class HttpWeChatSender(HttpMessagePoster poster) : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.WeChat;

    public Task DeliverAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var message = envelope.Message;
        var data = message.Parameters.ToDictionary(p => p.Key, p => new { value = p.Value }, StringComparer.Ordinal);
        data["text"] = new { value = message.Text };
        var body = new
        {
            messageId = envelope.Id,
            mobile = message.Recipient,
            template_id = poster.Options.TemplateIds.GetValueOrDefault(message.TemplateKey, message.TemplateKey),
            data,
        };
        return poster.PostAsync(envelope.Id, body, cancellationToken);
    }
}
