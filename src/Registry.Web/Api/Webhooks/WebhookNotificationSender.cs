using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Registry.Application.Api;
using Registry.Application.Notifications;

namespace Registry.Web.Api.Webhooks;

/// <summary>
/// The webhook channel of the outbox: posts a case result to the filing client's URL, signed (<see cref="WebhookSignature"/>).
/// A non-2xx answer or a timeout throws, so the dispatcher retries with backoff; after the last attempt the dispatcher
/// marks it failed and alerts <c>Notifications:AlertRecipient</c> (the business admins) once, naming the client id and the
/// case (this sender used to raise a second alert of its own).
/// </summary>
internal sealed class WebhookNotificationSender(
    IHttpClientFactory http, IApiClientStore clients, TimeProvider time, ILogger<WebhookNotificationSender> logger)
    : INotificationSender
{
    public const string HttpClientName = "registry-webhooks";

    public NotificationChannel Channel => NotificationChannel.Webhook;

    public async Task DeliverAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var client = await clients.FindAsync(envelope.Message.Recipient, cancellationToken);
        if (client?.WebhookUrl is null)
        {
            logger.LogWarning("Webhook {Id}: client {Client} has no webhook any more; dropped", envelope.Id, envelope.Message.Recipient);
            return;
        }

        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, client.WebhookUrl)
        {
            Content = new StringContent(envelope.Message.Text, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(client.WebhookSecret, timestamp, envelope.Message.Text));
        request.Headers.Add(WebhookSignature.DeliveryHeader, envelope.Id.ToString());
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(string.Create(CultureInfo.InvariantCulture, $"webhook {client.WebhookUrl} answered {(int)response.StatusCode}"));
            }
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // A timeout is a failed attempt like a refusal: the dispatcher retries it.
            throw new HttpRequestException($"webhook {client.WebhookUrl} did not answer in time", e);
        }
    }
}
