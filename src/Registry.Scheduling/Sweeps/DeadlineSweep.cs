using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Application.Deadlines;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Sweeps;

/// <summary>The deadline sweep, without Quartz: the job only calls <see cref="RunOnceAsync"/>.</summary>
internal sealed class DeadlineSweep(ICaseDeadlineStore store, IOptions<SchedulingOptions> options, TimeProvider timeProvider, ILogger<DeadlineSweep> logger)
    : IDeadlineSweep
{
    public async Task<SweepResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var now = timeProvider.GetUtcNow();
        var batchSize = Math.Max(1, options.Value.SweepBatchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int examined = 0, changed = 0, lost = 0;
        while (true)
        {
            var batch = await store.ListDueAsync(now, batchSize, cancellationToken);
            var fresh = batch.Where(r => seen.Add(r.CaseNumber)).ToList();
            var updates = new List<CaseDeadlineUpdate>(fresh.Count);
            foreach (var record in fresh)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var target = DeadlinePlanner.TargetStage(record, now);
                var moved = target > record.Stage ? record with { Stage = target } : record;
                moved = moved with { NextCheckAt = DeadlinePlanner.NextCheck(moved) };
                updates.Add(new CaseDeadlineUpdate(moved, record.Stage, record.Version, target > record.Stage ? Notifications(moved) : []));
            }

            // One transaction per batch; each row is still a conditional update, so a racing node loses row by row.
            var stored = await store.TryUpdateBatchAsync(updates, cancellationToken);
            examined += fresh.Count;
            changed += stored.Count(s => s);
            lost += stored.Count(s => !s);

            // Stop when the batch was not full or held only rows this run already handled (another node may hold them).
            if (batch.Count < batchSize || fresh.Count == 0)
            {
                break;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (changed > 0 || lost > 0)
        {
            logger.LogInformation("Deadline sweep at {Now:O}: {Examined} due, {Changed} moved, {Lost} moved by another node, {Ms:0} ms",
                now, examined, changed, lost, elapsed.TotalMilliseconds);
        }

        return new SweepResult(examined, changed, lost, elapsed);
    }

    private List<OutboxMessage> Notifications(CaseDeadlineRecord r)
    {
        var o = options.Value;
        var handler = r.Assignee is { Length: > 0 } a ? "user:" + a : o.DefaultHandlerRecipient;
        string[] recipients = r.Stage switch
        {
            DeadlineStage.Amber => [handler],
            DeadlineStage.Red => [handler, o.SectionHeadRecipient],
            DeadlineStage.Escalated => [o.OfficeLeadRecipient],
            _ => [],
        };
        var template = r.Stage switch
        {
            DeadlineStage.Amber => NotificationTemplates.DeadlineAmber,
            DeadlineStage.Red => NotificationTemplates.DeadlineRed,
            _ => NotificationTemplates.DeadlineEscalated,
        };
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["caseNumber"] = r.CaseNumber,
            ["businessType"] = r.BusinessType,
            ["dueAt"] = r.DueAt.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        };

        // The key holds the due instant: a warning fires once per stage and deadline; an extension that moves the
        // deadline makes a new warning possible, a restart or a second node does not.
        return recipients.Distinct(StringComparer.Ordinal)
            .Select(to => OutboxMessage.Create(NotificationChannel.InApp, to, template, parameters,
                string.Create(CultureInfo.InvariantCulture, $"deadline:{r.CaseNumber}:{r.Stage}:{r.DueAt.UtcTicks}:{to}")) with { CaseNumber = r.CaseNumber })
            .ToList();
    }
}
