using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Deadlines;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Sweeps;
using Registry.Workflows.Runtime;

namespace Registry.Scheduling.Tests.Sweeps;

/// <summary>
/// <see cref="ICaseDeadlineService.SyncClockAsync"/>: the deadline's pauses follow the workflow instance's paused intervals,
/// and the sweep warns on the paused deadline.
/// </summary>
public sealed class SyncClockTests
{
    private static DateTimeOffset China(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    private static ClockInterval Paused(DateTimeOffset start, DateTimeOffset? end, string reason) =>
        new(start, end, ClockEffect.Paused, reason, null, null, "node");

    private static async Task<List<OutboxMessage>> OutboxAsync(IServiceProvider node, string caseNumber)
    {
        var time = node.GetRequiredService<TimeProvider>().GetUtcNow();
        var all = await node.GetRequiredService<IOutboxDeliveryStore>().ListDueAsync(time.AddYears(5), 100_000);
        return [.. all.Select(e => e.Message).Where(m => m.CaseNumber == caseNumber)];
    }

    [Fact]
    public async Task Sync_TakesTheInstancesPausedIntervals_IgnoresRunningOnes_AndIsIdempotent()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        await service.TrackAsync(new TrackCaseDeadline("S-1", "TransferSale", "TL-5", China(2025, 11, 3, 10)));

        db.Time.SetUtcNow(China(2025, 11, 4, 10));
        ClockInterval[] open = [Paused(China(2025, 11, 4, 10), null, "supplement"), new(China(2025, 11, 3, 11), null, ClockEffect.Running, "return", null, null, "x")];
        var paused = await service.SyncClockAsync("S-1", open);
        Assert.True(paused!.IsPaused);
        Assert.Equal(ClockStopReason.Supplement, Assert.Single(paused.Pauses).Reason);
        Assert.Null(paused.NextCheckAt);

        db.Time.SetUtcNow(China(2025, 11, 6, 15));
        ClockInterval[] closed = [Paused(China(2025, 11, 4, 10), China(2025, 11, 6, 15), "supplement")];
        var resumed = await service.SyncClockAsync("S-1", closed);
        var again = await service.SyncClockAsync("S-1", closed);

        // Wed 5 and Thu 6 November do not count: Mon 10 → Wed 12 November.
        Assert.Equal(China(2025, 11, 12, 17, 30), resumed!.DueAt);
        Assert.False(resumed.IsPaused);
        Assert.Equal(resumed.Version, again!.Version); // nothing written the second time
        Assert.Equal(2, (await node.GetRequiredService<ICaseDeadlineStore>().FindAsync("S-1"))!.Version);
        Assert.Null(await service.SyncClockAsync("NOT-TRACKED", closed));
    }

    [Fact]
    public async Task Sync_MapsAnnouncementSuspensionAndOtherPausedWaits()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        await service.TrackAsync(new TrackCaseDeadline("S-2", "HomesteadFirst", "TL-30", China(2025, 11, 3, 10)));

        var synced = await service.SyncClockAsync("S-2", [
            Paused(China(2025, 11, 3, 11), China(2025, 11, 3, 12), "wait:announcement-ended"),
            Paused(China(2025, 11, 3, 12), China(2025, 11, 3, 13), "suspension"),
            Paused(China(2025, 11, 3, 13), China(2025, 11, 3, 14), "wait:party-applied"),
            new(China(2025, 11, 3, 14), null, ClockEffect.Paused, "suspension", "SURVEY", "权籍调查、实地查看", "firstReview"),
        ]);

        Assert.Equal([ClockStopReason.Announcement, ClockStopReason.Suspension, ClockStopReason.WorkflowWait, ClockStopReason.CadastralSurvey],
            synced!.Pauses.Select(p => p.Reason));
        Assert.Equal("权籍调查、实地查看", synced.Pauses[^1].Document);
    }

    [Fact]
    public async Task Sweep_WarnsOnThePausedDeadline_NotTheUnpausedOne()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 9, 22, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        var sweep = node.GetRequiredService<IDeadlineSweep>();

        // Mon 22 Sep 2025, TL-5: due Sun 28 Sep (调休, a working day) — 23, 24, 25, 26, 28.
        var tracked = await service.TrackAsync(new TrackCaseDeadline("S-3", "TransferSale", "TL-5", China(2025, 9, 22, 10)) { Assignee = "wang.fang" });
        Assert.Equal(China(2025, 9, 28, 17, 30), tracked.DueAt);

        // A 15-working-day announcement from Tue 23 Sep to Thu 16 Oct: across National Day (1–8 Oct) and the 调休 Sat 11 Oct.
        // Excluded: 24, 25, 26, 28, 29, 30 Sep and 9, 10, 11, 13, 14, 15, 16 Oct = 13 working days; Sun 28 Sep + 13 = Wed 22 Oct.
        db.Time.SetUtcNow(China(2025, 9, 23, 10));
        await service.SyncClockAsync("S-3", [Paused(China(2025, 9, 23, 10), null, "wait:announcement-ended")]);
        db.Time.SetUtcNow(China(2025, 10, 16, 10));
        var resumed = await service.SyncClockAsync("S-3", [Paused(China(2025, 9, 23, 10), China(2025, 10, 16, 10), "wait:announcement-ended")]);

        var calendar = node.GetRequiredService<IWorkingDayCalendar>();
        var pausedDays = calendar.CountWorkingDays(new DateOnly(2025, 9, 23), new DateOnly(2025, 10, 16));
        Assert.Equal(13, pausedDays);
        Assert.Equal(new DateOnly(2025, 10, 22), calendar.AddWorkingDays(new DateOnly(2025, 9, 28), pausedDays));
        Assert.Equal(China(2025, 10, 22, 17, 30), resumed!.DueAt);

        // Past the unpaused due date (and its escalation) but before the paused one: no red, no escalation.
        db.Time.SetUtcNow(China(2025, 10, 17, 9));
        await sweep.RunOnceAsync();
        Assert.DoesNotContain(await OutboxAsync(node, "S-3"), m => m.TemplateKey is NotificationTemplates.DeadlineRed or NotificationTemplates.DeadlineEscalated);
        Assert.Equal(DeadlineStage.Green, (await service.GetRemainingAsync("S-3")).Stage); // 2 of 5 days used, 3 left

        db.Time.SetUtcNow(China(2025, 10, 22, 17, 31));
        await sweep.RunOnceAsync();
        var red = Assert.Single(await OutboxAsync(node, "S-3"), m => m.TemplateKey == NotificationTemplates.DeadlineRed && m.Recipient == "user:wang.fang");
        Assert.Contains("2025-10-22 17:30", red.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await OutboxAsync(node, "S-3"), m => m.Text.Contains("2025-09-28", StringComparison.Ordinal));
    }
}
