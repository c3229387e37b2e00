using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using Registry.Application.Notifications;
using Registry.Domain.Cases;

namespace Registry.Application.Api;

/// <summary>
/// Puts a webhook message into the outbox when a case filed through the API reaches a result (办结 with its certificate
/// number, 不予登记, 撤回, 中止), inside the command that changed it; the dispatcher posts it after the commit.
/// </summary>
public sealed class ApiResultWebhooks(IApiSubmissionStore submissions, IApiClientStore clients, INotificationOutbox outbox, TimeProvider time)
{
    /// <summary>The outbox template key of a case-result webhook.</summary>
    public const string TemplateKey = "api.case-result";

    /// <summary>Statuses the filing client is told about by webhook (it can poll for every other).</summary>
    public static bool IsReported(CaseStatus status) =>
        status is CaseStatus.Completed or CaseStatus.Rejected or CaseStatus.Withdrawn or CaseStatus.Suspended;

    /// <summary>Enqueues the webhook for the case's current status when it is reported and the case came through the API.</summary>
    public async Task EnqueueAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        if (registrationCase.Channel is CaseChannel.Counter or CaseChannel.Online || !IsReported(registrationCase.Status))
        {
            return;
        }

        var caseNumber = registrationCase.Number.Value;
        var record = await submissions.FindByCaseAsync(caseNumber, cancellationToken);
        if (record is null || await clients.FindAsync(record.ClientId, cancellationToken) is not { WebhookUrl: not null } client)
        {
            return;
        }

        var now = time.GetUtcNow();
        var status = registrationCase.Status.ToString();
        var body = JsonSerializer.Serialize(new
        {
            @event = "case." + status.ToLowerInvariant(),
            caseNumber,
            businessType = registrationCase.BusinessType,
            status,
            certificateNumber = registrationCase.IssuedCertificateNo,
            occurredAt = now,
        });
        var parameters = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>
        {
            ["caseNumber"] = caseNumber,
            ["status"] = status,
        });

        // One message per status reached: a case suspended twice is reported twice (the history length tells them apart).
        var key = string.Create(CultureInfo.InvariantCulture, $"api-webhook:{caseNumber}:{status}:{registrationCase.History.Count}");
        await outbox.EnqueueAsync(new OutboxMessage(NotificationChannel.Webhook, client.ClientId, TemplateKey, parameters, body, key) { CaseNumber = caseNumber }, cancellationToken);
    }
}
