using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Expiries;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Expiries;

namespace Registry.Scheduling.Tests.Sweeps;

public sealed class RegisterExpiryTests
{
    private const string Unit = "340121001001GB00001F00010001";

    private static DateTimeOffset China(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    [Fact]
    public async Task Objection_WithoutCourtFiling_LapsesOnceAfterFifteenDaysExtendedPastNationalDay()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 9, 20, 10));
        await using var _ = db;
        var expiries = node.GetRequiredService<IRegisterExpiryService>();
        var sweep = node.GetRequiredService<IRegisterExpirySweep>();

        // Booked Sat 20 Sep: nominal end Sun 5 Oct falls in the holiday → Thu 9 Oct (Civil Code 203).
        var objection = await expiries.TrackObjectionAsync(Unit, "YY-2025-0001", new DateOnly(2025, 9, 20));
        Assert.Equal(new DateOnly(2025, 10, 9), objection.DueDate);
        Assert.Equal(China(2025, 10, 10), objection.LapseAt);
        Assert.Equal(China(2025, 9, 30), objection.RemindAt);

        db.Time.SetUtcNow(China(2025, 9, 30, 9));
        await sweep.RunOnceAsync();
        db.Time.SetUtcNow(China(2025, 10, 9, 23, 59));
        await sweep.RunOnceAsync();
        Assert.Empty(db.ExpiryHandler.Handled);

        db.Time.SetUtcNow(China(2025, 10, 10));
        await sweep.RunOnceAsync();
        await sweep.RunOnceAsync();
        var restarted = await db.StartNodeAsync();
        await restarted.GetRequiredService<IRegisterExpirySweep>().RunOnceAsync();

        var handled = Assert.Single(db.ExpiryHandler.Handled);
        Assert.Equal("YY-2025-0001", handled.EntryReference);
        var stored = await expiries.FindAsync(RegisterExpiryKind.ObjectionLapse, "YY-2025-0001");
        Assert.Equal(RegisterExpiryStatus.Handled, stored!.Status);
        Assert.Equal("异议登记已失效", stored.Outcome);
        var messages = (await node.GetRequiredService<IOutboxDeliveryStore>().ListDueAsync(China(2030, 1, 1), 100)).Select(e => e.Message).ToList();
        Assert.Equal([NotificationTemplates.ExpiryFired, NotificationTemplates.ExpiryReminder], messages.Select(m => m.TemplateKey).Order().ToList());
    }

    [Fact]
    public async Task Objection_WithCourtFiling_DoesNotLapse()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 9, 20, 10));
        await using var _ = db;
        var expiries = node.GetRequiredService<IRegisterExpiryService>();
        await expiries.TrackObjectionAsync(Unit, "YY-2025-0002", new DateOnly(2025, 9, 20));

        db.Time.SetUtcNow(China(2025, 10, 8, 15));
        var cancelled = await expiries.RecordCourtFilingAsync("YY-2025-0002", "（2025）皖0121民初1234号受理通知书");
        db.Time.SetUtcNow(China(2025, 11, 1));
        await node.GetRequiredService<IRegisterExpirySweep>().RunOnceAsync();

        Assert.Equal(RegisterExpiryStatus.Cancelled, cancelled.Status);
        Assert.Empty(db.ExpiryHandler.Handled);
        Assert.Equal(RegisterExpiryStatus.Cancelled, (await expiries.FindAsync(RegisterExpiryKind.ObjectionLapse, "YY-2025-0002"))!.Status);
    }

    [Fact]
    public async Task CourtFiling_AfterTheLapse_IsRefused()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 9, 20, 10));
        await using var _ = db;
        var expiries = node.GetRequiredService<IRegisterExpiryService>();
        await expiries.TrackObjectionAsync(Unit, "YY-2025-0003", new DateOnly(2025, 9, 20));
        db.Time.SetUtcNow(China(2025, 10, 10, 9));
        await node.GetRequiredService<IRegisterExpirySweep>().RunOnceAsync();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => expiries.RecordCourtFilingAsync("YY-2025-0003", "受理通知书"));
        Assert.Contains("Handled", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreNotice_LapsesNinetyDaysAfterMainRegistrationBecamePossible()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 7, 3, 10));
        await using var _ = db;

        var preNotice = await node.GetRequiredService<IRegisterExpiryService>().TrackPreNoticeAsync(Unit, "YG-2025-0009", new DateOnly(2025, 7, 3));

        // Worked example of the time-limits file: nominal end Wed 1 Oct (holiday) → Thu 9 Oct.
        Assert.Equal(new DateOnly(2025, 10, 9), preNotice.DueDate);
        db.Time.SetUtcNow(China(2025, 10, 10, 1));
        await node.GetRequiredService<IRegisterExpirySweep>().RunOnceAsync();
        Assert.Equal(RegisterExpiryKind.PreNoticeLapse, Assert.Single(db.ExpiryHandler.Handled).Kind);
    }

    [Fact]
    public async Task Seizure_RenewedBeforeItsEnd_ExpiresOnlyAtTheRenewedEnd()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 3, 1, 10));
        await using var _ = db;
        var expiries = node.GetRequiredService<IRegisterExpiryService>();
        var sweep = node.GetRequiredService<IRegisterExpirySweep>();
        var seizure = await expiries.TrackSeizureAsync(Unit, "CF-2025-0001", new DateOnly(2025, 3, 1), endsOn: new DateOnly(2025, 12, 31));
        Assert.Equal(China(2026, 1, 1), seizure.LapseAt);

        db.Time.SetUtcNow(China(2025, 12, 20));
        var renewed = await expiries.RenewSeizureAsync("CF-2025-0001", new DateOnly(2026, 12, 30));
        db.Time.SetUtcNow(China(2026, 6, 1));
        await sweep.RunOnceAsync();
        Assert.Empty(db.ExpiryHandler.Handled);
        Assert.Equal(1, renewed.Renewals);

        db.Time.SetUtcNow(China(2026, 12, 31, 0, 1));
        await sweep.RunOnceAsync();
        Assert.Equal("CF-2025-0001", Assert.Single(db.ExpiryHandler.Handled).EntryReference);
    }

    [Fact]
    public async Task Seizure_WithoutEndDate_RunsThreeYearsAndIsProvisionalBeyondTheLoadedCalendar()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(China(2025, 3, 1, 10));
        await using var _ = db;

        var seizure = await node.GetRequiredService<IRegisterExpiryService>().TrackSeizureAsync(Unit, "CF-2025-0002", new DateOnly(2025, 3, 3));

        Assert.Equal(new DateOnly(2028, 3, 3), seizure.DueDate);
        Assert.True(seizure.IsProvisional);
    }
}
