using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Deadlines;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Deadlines;
using Registry.Scheduling.Sweeps;

namespace Registry.Scheduling.Tests.Sweeps;

public sealed class CaseDeadlineSweepTests
{
    private static DateTimeOffset China(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    private static async Task<List<OutboxMessage>> OutboxAsync(IServiceProvider node, string? caseNumber = null)
    {
        var time = node.GetRequiredService<TimeProvider>().GetUtcNow();
        var all = await node.GetRequiredService<IOutboxDeliveryStore>().ListDueAsync(time.AddYears(5), 100_000);
        return all.Select(e => e.Message).Where(m => caseNumber is null || m.CaseNumber == caseNumber).ToList();
    }

    [Fact]
    public async Task Track_AcceptedBeforeNationalDay_StoresDueAtCloseOfBusinessFri10Oct()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 9, 26, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();

        await service.TrackAsync(new TrackCaseDeadline("2025-0926-001", "TransferSale", "TL-5", China(2025, 9, 26, 10)));

        var stored = await node.GetRequiredService<ICaseDeadlineStore>().FindAsync("2025-0926-001");
        Assert.NotNull(stored);
        Assert.Equal(China(2025, 10, 10, 17, 30), stored.DueAt);
        Assert.Equal(DeadlineStage.Green, stored.Stage);
        Assert.Equal(stored.AmberFrom, stored.NextCheckAt);
        var view = await service.GetRemainingAsync("2025-0926-001");
        Assert.Equal(5, view.RemainingWorkingDays);
    }

    [Fact]
    public async Task Track_BadTimeLimitCode_IsRefusedNamingTheField()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;

        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            node.GetRequiredService<ICaseDeadlineService>().TrackAsync(new TrackCaseDeadline("C-1", "TransferSale", "five days", China(2025, 11, 3, 10))));

        Assert.Contains("TimeLimitCode", e.Message, StringComparison.Ordinal);
        Assert.Contains("five days", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupplementPause_MovesDeadlineByThePausedWorkingDays()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        var tracked = await service.TrackAsync(new TrackCaseDeadline("C-2", "TransferSale", "TL-5", China(2025, 11, 3, 10)));
        Assert.Equal(China(2025, 11, 10, 17, 30), tracked.DueAt);

        db.Time.SetUtcNow(China(2025, 11, 4, 10));
        var paused = await service.PauseAsync("C-2", ClockStopReason.Supplement, "补正通知书 2025-17");
        Assert.True(paused.IsPaused);
        Assert.Null(paused.NextCheckAt);
        db.Time.SetUtcNow(China(2025, 11, 6, 15));
        var resumed = await service.ResumeAsync("C-2", ClockStopReason.Supplement);

        // Wed 5 and Thu 6 November did not count: the deadline moves two working days, from Mon 10 to Wed 12 November.
        Assert.Equal(China(2025, 11, 12, 17, 30), resumed.DueAt);
        Assert.False(resumed.IsPaused);
        Assert.Equal(China(2025, 11, 12, 17, 30), (await node.GetRequiredService<ICaseDeadlineStore>().FindAsync("C-2"))!.DueAt);
        Assert.Equal(4, (await service.GetRemainingAsync("C-2")).RemainingWorkingDays);
    }

    [Fact]
    public async Task Extend_WithoutApprover_IsRefusedAndNothingChanges()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        await service.TrackAsync(new TrackCaseDeadline("C-3", "TransferSale", "TL-5", China(2025, 11, 3, 10)));

        var e = await Assert.ThrowsAsync<DeadlineExtensionRefusedException>(() => service.ExtendAsync("C-3", 5, "权籍调查需要更多时间", approvedBy: " "));

        Assert.Equal(["approvedBy"], e.MissingFields);
        var stored = await node.GetRequiredService<ICaseDeadlineStore>().FindAsync("C-3");
        Assert.Empty(stored!.Extensions);
        Assert.Equal(0, stored.Version);

        var extended = await service.ExtendAsync("C-3", 5, "权籍调查需要更多时间", "局长 李明");
        Assert.Equal(China(2025, 11, 17, 17, 30), extended.DueAt);
    }

    [Fact]
    public async Task Sweep_AsTimeAdvances_FiresAmberRedAndEscalationOnceEachAtTheirInstants()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        var sweep = node.GetRequiredService<IDeadlineSweep>();
        var tracked = await service.TrackAsync(new TrackCaseDeadline("C-4", "MortgageFirst", "TL-5", China(2025, 11, 3, 10)) { Assignee = "wang.fang" });

        // Due Mon 10 Nov 17:30; amber once 60% (3 of 5 working days) is used: from Thu 6 November.
        Assert.Equal(China(2025, 11, 6), tracked.AmberFrom);
        Assert.Equal(China(2025, 11, 11, 17, 30), tracked.EscalateAt);

        db.Time.SetUtcNow(China(2025, 11, 5, 23, 59));
        Assert.Equal(0, (await sweep.RunOnceAsync()).Changed);
        Assert.Empty(await OutboxAsync(node, "C-4"));

        db.Time.SetUtcNow(China(2025, 11, 6));
        Assert.Equal(1, (await sweep.RunOnceAsync()).Changed);
        Assert.Equal(0, (await sweep.RunOnceAsync()).Changed);
        var amber = Assert.Single(await OutboxAsync(node, "C-4"));
        Assert.Equal("user:wang.fang", amber.Recipient);
        Assert.Equal(NotificationTemplates.DeadlineAmber, amber.TemplateKey);
        Assert.Contains("2025-11-10 17:30", amber.Text, StringComparison.Ordinal);
        Assert.Equal(DeadlineStage.Amber, (await service.GetRemainingAsync("C-4")).Stage);

        db.Time.SetUtcNow(China(2025, 11, 10, 17, 29));
        await sweep.RunOnceAsync();
        Assert.Single(await OutboxAsync(node, "C-4"));

        db.Time.SetUtcNow(China(2025, 11, 10, 17, 30));
        await sweep.RunOnceAsync();
        await sweep.RunOnceAsync();
        var red = (await OutboxAsync(node, "C-4")).Where(m => m.TemplateKey == NotificationTemplates.DeadlineRed).Select(m => m.Recipient).Order().ToList();
        Assert.Equal(["role:section-head", "user:wang.fang"], red);

        db.Time.SetUtcNow(China(2025, 11, 11, 17, 30));
        await sweep.RunOnceAsync();
        db.Time.Advance(TimeSpan.FromDays(3));
        await sweep.RunOnceAsync();
        var escalated = Assert.Single(await OutboxAsync(node, "C-4"), m => m.TemplateKey == NotificationTemplates.DeadlineEscalated);
        Assert.Equal("role:office-lead", escalated.Recipient);
        Assert.Equal(4, (await OutboxAsync(node, "C-4")).Count);
        var stored = await node.GetRequiredService<ICaseDeadlineStore>().FindAsync("C-4");
        Assert.Equal(DeadlineStage.Escalated, stored!.Stage);
        Assert.Null(stored.NextCheckAt);
    }

    [Fact]
    public async Task Restart_BetweenWarningTimeAndSweep_StillFiresTheWarningOnce()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        await node.GetRequiredService<ICaseDeadlineService>().TrackAsync(new TrackCaseDeadline("C-5", "TransferSale", "TL-5", China(2025, 11, 3, 10)));
        await node.DisposeAsync();

        // The application was down when the warning fell due (Thu 6 Nov 00:00); it comes back at 08:30.
        db.Time.SetUtcNow(China(2025, 11, 6, 8, 30));
        var restarted = await db.StartNodeAsync();
        Assert.Equal(1, (await restarted.GetRequiredService<IDeadlineSweep>().RunOnceAsync()).Changed);
        await restarted.DisposeAsync();

        var again = await db.StartNodeAsync();
        Assert.Equal(0, (await again.GetRequiredService<IDeadlineSweep>().RunOnceAsync()).Changed);
        var warning = Assert.Single(await OutboxAsync(again, "C-5"));
        Assert.Equal(NotificationTemplates.DeadlineAmber, warning.TemplateKey);
    }

    [Fact]
    public async Task TwoNodesSweepingTheSameDatabase_StoreEachWarningOnce()
    {
        var (db, nodeA) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var nodeB = await db.StartNodeAsync();
        var service = nodeA.GetRequiredService<ICaseDeadlineService>();
        for (var i = 0; i < 40; i++)
        {
            await service.TrackAsync(new TrackCaseDeadline($"R-{i:000}", "TransferSale", "TL-5", China(2025, 11, 3, 10)));
        }

        db.Time.SetUtcNow(China(2025, 11, 6, 9));
        var results = await Task.WhenAll(
            Task.Run(() => nodeA.GetRequiredService<IDeadlineSweep>().RunOnceAsync()),
            Task.Run(() => nodeB.GetRequiredService<IDeadlineSweep>().RunOnceAsync()));

        Assert.Equal(40, results.Sum(r => r.Changed));
        var messages = await OutboxAsync(nodeA);
        Assert.Equal(40, messages.Count);
        Assert.Equal(40, messages.Select(m => m.CaseNumber).Distinct().Count());
        Assert.Equal(40, (await service.ListOpenAsync(DeadlineStage.Amber, 1, 100)).Total);
    }

    [Fact]
    public async Task Extension_AfterOverdue_MakesTheCaseGreenAgainAndANewDeadlineWarnsAgain()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        var sweep = node.GetRequiredService<IDeadlineSweep>();
        await service.TrackAsync(new TrackCaseDeadline("C-6", "TransferSale", "TL-5", China(2025, 11, 3, 10)));
        db.Time.SetUtcNow(China(2025, 11, 10, 18));
        await sweep.RunOnceAsync();
        Assert.Equal(DeadlineStage.Red, (await service.GetRemainingAsync("C-6")).Stage);

        var extended = await service.ExtendAsync("C-6", 10, "实地查看", "局长 李明");

        Assert.Equal(DeadlineStage.Green, extended.Stage);
        Assert.Equal(China(2025, 11, 24, 17, 30), extended.DueAt);
        db.Time.SetUtcNow(China(2025, 11, 24, 17, 30));
        await sweep.RunOnceAsync();
        var reds = (await OutboxAsync(node, "C-6")).Count(m => m.TemplateKey == NotificationTemplates.DeadlineRed && m.Recipient == "role:section-head");
        Assert.Equal(2, reds);
    }

    [Fact]
    public async Task Close_StopsTheSweepAndLeavesTheStageLists()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 11, 3, 10));
        await using var _ = db;
        var service = node.GetRequiredService<ICaseDeadlineService>();
        await service.TrackAsync(new TrackCaseDeadline("C-7", "TransferSale", "TL-5", China(2025, 11, 3, 10)));

        await service.CloseAsync("C-7");
        db.Time.SetUtcNow(China(2025, 12, 1));
        await node.GetRequiredService<IDeadlineSweep>().RunOnceAsync();

        Assert.Empty(await OutboxAsync(node, "C-7"));
        Assert.Equal(1, (await service.ListOpenAsync(DeadlineStage.Closed)).Total);
        Assert.Equal(0, (await service.ListOpenAsync(DeadlineStage.Green)).Total);
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.PauseAsync("C-7", ClockStopReason.Announcement));
    }

    [Fact]
    public void ClockStopReason_MatchesPauseReason()
    {
        Assert.Equal(Enum.GetNames<PauseReason>(), Enum.GetNames<ClockStopReason>());
        Assert.Equal(Enum.GetValues<PauseReason>().Select(v => (int)v), Enum.GetValues<ClockStopReason>().Select(v => (int)v));
    }
}
