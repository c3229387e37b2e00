using System.Collections.ObjectModel;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Registry.Application.Api;
using Registry.Application.Notifications;
using Registry.Application.Security;
using Registry.Scheduling;

namespace Registry.Web.Api.Webhooks;

/// <summary>
/// The webhook channel of the outbox: posts a case result to the filing client's URL, signed (<see cref="WebhookSignature"/>).
/// A non-2xx answer or a timeout throws, so the dispatcher retries with backoff; the last failed attempt also puts an alert
/// in the business admins' inbox naming the client and the case.
/// </summary>
internal sealed class WebhookNotificationSender(
    IHttpClientFactory http, IApiClientStore clients, INotificationOutbox outbox, IOptions<SchedulingOptions> scheduling, TimeProvider time, ILogger<WebhookNotificationSender> logger)
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
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (envelope.Attempts + 1 >= scheduling.Value.MaxDeliveryAttempts)
            {
                await AlertAsync(envelope, client, e.Message, cancellationToken);
            }

            throw;
        }
    }

    // The last attempt failed: the office must know the institution did not get its result (an incident for the admins).
    private Task<bool> AlertAsync(OutboxEnvelope envelope, ApiClient client, string error, CancellationToken cancellationToken)
    {
        var caseNumber = envelope.Message.CaseNumber ?? string.Empty;
        var parameters = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>
        {
            ["clientId"] = client.ClientId,
            ["caseNumber"] = caseNumber,
        });
        var text = $"接口回调失败：{client.Name}（{client.ClientId}）未收到业务 {caseNumber} 的结果，已重试 {envelope.Attempts + 1} 次：{error}";
        return outbox.EnqueueAsync(
            new OutboxMessage(NotificationChannel.InApp, "role:" + RegistryRoles.BusinessAdmin, "api.webhook-failed", parameters, text.Length > 1000 ? text[..1000] : text, $"api-webhook-failed:{envelope.Id}") { CaseNumber = envelope.Message.CaseNumber },
            cancellationToken);
    }
}
