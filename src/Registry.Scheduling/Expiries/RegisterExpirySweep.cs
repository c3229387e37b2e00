using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Application.Expiries;
using Registry.Application.Notifications;
using Registry.Scheduling.Sweeps;

namespace Registry.Scheduling.Expiries;

/// <summary>
/// Claims each due lapse with a conditional update (Pending → Processing), calls the handler, then records the
/// outcome. A sweep that dies after claiming is taken over after <see cref="SchedulingOptions.ExpiryClaimTimeout"/>.
/// </summary>
internal sealed class RegisterExpirySweep(
    IRegisterExpiryStore store, IRegisterExpiryHandler handler, IOptions<SchedulingOptions> options, TimeProvider timeProvider, ILogger<RegisterExpirySweep> logger,
    Application.Transactions.ICaseCommandTransaction transaction)
    : IRegisterExpirySweep
{
    public async Task<SweepResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var o = options.Value;
        var now = timeProvider.GetUtcNow();
        int examined = 0, changed = 0, lost = 0;
        var seen = new HashSet<Guid>();
        while (true)
        {
            var batch = await store.ListDueAsync(now, now - o.ExpiryClaimTimeout, Math.Max(1, o.SweepBatchSize), cancellationToken);
            var fresh = batch.Where(e => seen.Add(e.Id)).ToList();
            foreach (var expiry in fresh)
            {
                examined++;
                var done = expiry.LapseAt <= now || expiry.Status == RegisterExpiryStatus.Processing
                    ? await LapseAsync(expiry, now, cancellationToken)
                    : await RemindAsync(expiry, cancellationToken);
                _ = done ? changed++ : lost++;
            }

            if (fresh.Count == 0 || batch.Count < o.SweepBatchSize)
            {
                break;
            }
        }

        return new SweepResult(examined, changed, lost, Stopwatch.GetElapsedTime(started));
    }

    private async Task<bool> RemindAsync(RegisterExpiryRecord expiry, CancellationToken cancellationToken)
    {
        var message = Message(expiry, NotificationTemplates.ExpiryReminder, "remind", outcome: null);
        return await store.TryUpdateAsync(expiry with { RemindAt = null }, expiry.Version, [message], cancellationToken);
    }

    /// <summary>
    /// One case command: the claim, the ex-officio case's register change and the handled mark with its notice commit
    /// together; a failure rolls all of it back and the next sweep tries again.
    /// </summary>
    private async Task<bool> LapseAsync(RegisterExpiryRecord expiry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await transaction.RunAsync(
                async ct =>
                {
                    var claimed = expiry with { Status = RegisterExpiryStatus.Processing, ClaimedAt = now, RemindAt = null };
                    if (!await store.TryUpdateAsync(claimed, expiry.Version, [], ct))
                    {
                        return false;
                    }

                    claimed = claimed with { Version = expiry.Version + 1 };
                    var outcome = await handler.HandleAsync(claimed, ct);
                    var handled = claimed with { Status = RegisterExpiryStatus.Handled, Outcome = outcome.Summary, CompletedAt = timeProvider.GetUtcNow() };
                    var message = Message(handled, NotificationTemplates.ExpiryFired, "fired", outcome.Summary);
                    return await store.TryUpdateAsync(handled, claimed.Version, [message], ct);
                },
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing of it was committed; the next sweep tries again.
            logger.LogError(e, "Register expiry {Id} ({Kind} of {Entry}) failed; it will be retried", expiry.Id, expiry.Kind, expiry.EntryReference);
            return false;
        }
    }

    private OutboxMessage Message(RegisterExpiryRecord e, string template, string what, string? outcome)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["unitCode"] = e.UnitCode,
            ["kindName"] = e.Kind switch
            {
                RegisterExpiryKind.ObjectionLapse => "异议登记",
                RegisterExpiryKind.PreNoticeLapse => "预告登记",
                _ => "查封登记",
            },
            ["dueDate"] = e.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reference"] = e.EntryReference,
        };
        if (outcome is not null)
        {
            parameters["outcome"] = outcome;
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"expiry:{e.Id:N}:{what}:{e.DueDate:yyyyMMdd}");
        return OutboxMessage.Create(NotificationChannel.InApp, options.Value.ExpiryDeskRecipient, template, parameters, key);
    }
}
