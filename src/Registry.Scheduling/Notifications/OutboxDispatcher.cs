using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Application.Notifications;

namespace Registry.Scheduling.Notifications;

/// <summary>
/// Claims each due message (a conditional update, so two nodes do not send the same attempt), hands it to the
/// channel's sender, then marks it delivered or schedules a retry. A crash after sending and before marking leads
/// to one more attempt; senders are idempotent by message id.
/// </summary>
internal sealed class OutboxDispatcher(
    IOutboxDeliveryStore store, IEnumerable<INotificationSender> senders, IOptions<SchedulingOptions> options, TimeProvider timeProvider, ILogger<OutboxDispatcher> logger, Application.Transactions.CrashPoints? crashPoints = null,
    INotificationOutbox? alerts = null, IOptions<NotificationOptions>? notificationOptions = null)
    : IOutboxDispatcher
{
    private readonly Dictionary<NotificationChannel, INotificationSender> _senders = senders.GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.Last());

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var now = timeProvider.GetUtcNow();
        int delivered = 0, retrying = 0, failed = 0;
        foreach (var envelope in await store.ListDueAsync(now, Math.Max(1, o.DispatchBatchSize), cancellationToken))
        {
            if (!await store.TryClaimAsync(envelope.Id, envelope.Attempts, now + o.DeliveryLease, cancellationToken))
            {
                continue;
            }

            try
            {
                if (!_senders.TryGetValue(envelope.Message.Channel, out var sender))
                {
                    throw new InvalidOperationException($"No sender is registered for channel {envelope.Message.Channel}.");
                }

                await sender.DeliverAsync(envelope, cancellationToken);
                crashPoints?.Reach(Application.Transactions.CrashPoints.AfterDeliver);
                await store.MarkDeliveredAsync(envelope.Id, timeProvider.GetUtcNow(), cancellationToken);
                crashPoints?.Reach(Application.Transactions.CrashPoints.AfterDeliveryMarked);
                delivered++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = envelope.Attempts + 1;
                DateTimeOffset? next = attempts >= o.MaxDeliveryAttempts ? null : now + Backoff(attempts, o);
                await store.MarkAttemptFailedAsync(envelope.Id, e.Message, next, cancellationToken);
                if (next is null)
                {
                    failed++;
                    logger.LogError(e, "Notification {Id} to {Recipient} failed after {Attempts} attempts", envelope.Id, envelope.Message.Recipient, attempts);
                    await AlertAsync(envelope, attempts, e.Message, cancellationToken);
                }
                else
                {
                    retrying++;
                    logger.LogWarning(e, "Notification {Id} to {Recipient} failed (attempt {Attempts}); retry at {Next:O}", envelope.Id, envelope.Message.Recipient, attempts, next);
                }
            }
        }

        return new DispatchResult(delivered, retrying, failed);
    }

    // After the last retry someone is told in-app; an in-app message that fails is only logged (no alert about an alert).
    private async Task AlertAsync(OutboxEnvelope envelope, int attempts, string error, CancellationToken cancellationToken)
    {
        if (alerts is null || envelope.Message.Channel == NotificationChannel.InApp)
        {
            return;
        }

        var parameters = new Dictionary<string, string>
        {
            ["recipient"] = envelope.Message.Recipient,
            ["channel"] = envelope.Message.Channel.ToString(),
            ["template"] = envelope.Message.TemplateKey,
            ["caseNumber"] = envelope.Message.CaseNumber ?? "—",
            ["attempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["error"] = error.Length > 300 ? error[..300] : error,
        };
        await alerts.EnqueueAsync(
            OutboxMessage.Create(NotificationChannel.InApp, notificationOptions?.Value.AlertRecipient ?? "role:business-admin", NotificationTemplates.NotificationFailed, parameters, $"notification-failed:{envelope.Id:D}")
                with { CaseNumber = envelope.Message.CaseNumber },
            cancellationToken);
    }

    internal static TimeSpan Backoff(int attempts, SchedulingOptions o)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(o.RetryBaseDelay.Ticks * factor, o.RetryMaxDelay.Ticks));
        return delay;
    }
}
