using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Notifications;

namespace Registry.Scheduling.Tests.Sweeps;

public sealed class OutboxDispatchTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 3, 10, 0, 0, ChinaTime.Offset);

    private static OutboxMessage CertificateReady(string caseNumber) => OutboxMessage.Create(
        NotificationChannel.Sms, "13800000000", NotificationTemplates.CertificateReady,
        new Dictionary<string, string> { ["caseNumber"] = caseNumber, ["office"] = "长丰县不动产登记中心", ["ratingUrl"] = "https://registry.example/progress?case=" + caseNumber },
        $"certificate-ready:{caseNumber}") with { CaseNumber = caseNumber };

    [Fact]
    public async Task Enqueue_SameDedupeKeyTwice_StoresOneMessage()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(Now);
        await using var _ = db;
        var outbox = node.GetRequiredService<INotificationOutbox>();

        Assert.True(await outbox.EnqueueAsync(CertificateReady("C-1")));
        Assert.False(await outbox.EnqueueAsync(CertificateReady("C-1")));

        Assert.Equal(1, await node.GetRequiredService<IOutboxDeliveryStore>().CountAsync(OutboxStatus.Pending));
    }

    [Fact]
    public async Task Sms_ToApplicant_IsWrittenToTheFileOnceEvenWhenSentAgainAfterARestart()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(Now);
        await using var _ = db;
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(CertificateReady("C-2"));

        var result = await node.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();
        Assert.Equal(1, result.Delivered);
        var line = Assert.Single(await File.ReadAllLinesAsync(db.SmsFile));
        Assert.Contains("您的不动产权证书已可领取", line, StringComparison.Ordinal);
        Assert.Contains("13800000000", line, StringComparison.Ordinal);

        // A crash between sending and marking delivered makes the dispatcher send the same id again, maybe from a new process.
        var id = Guid.Parse(line.Split('\t')[0]);
        await node.GetRequiredService<ISmsGateway>().SendAsync(id, "13800000000", "again");
        var restarted = await db.StartNodeAsync();
        await restarted.GetRequiredService<ISmsGateway>().SendAsync(id, "13800000000", "again");
        await restarted.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();

        Assert.Single(await File.ReadAllLinesAsync(db.SmsFile));
        Assert.Equal(1, await node.GetRequiredService<IOutboxDeliveryStore>().CountAsync(OutboxStatus.Delivered));
    }

    [Fact]
    public async Task FailingGateway_IsRetriedWithBackoffUntilDelivered()
    {
        var (db, _) = await SchedulingDatabase.CreateAsync(Now);
        await using var __ = db;
        var gateway = new FlakyGateway(failures: 2);
        var node = await db.StartNodeAsync(s => s.AddSingleton<ISmsGateway>(gateway));
        var dispatcher = node.GetRequiredService<IOutboxDispatcher>();
        var store = node.GetRequiredService<IOutboxDeliveryStore>();
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(CertificateReady("C-3"));

        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Retrying);
        Assert.Equal(new DispatchResult(0, 0, 0), await dispatcher.DispatchDueAsync());
        db.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Retrying);
        db.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(new DispatchResult(0, 0, 0), await dispatcher.DispatchDueAsync());
        db.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Delivered);

        Assert.Equal(3, gateway.Calls);
        Assert.Equal(1, await store.CountAsync(OutboxStatus.Delivered));
    }

    [Fact]
    public async Task GatewayAlwaysFailing_IsMarkedFailedAfterMaxAttempts()
    {
        var (db, _) = await SchedulingDatabase.CreateAsync(Now);
        await using var __ = db;
        var node = await db.StartNodeAsync(s => s.AddSingleton<ISmsGateway>(new FlakyGateway(failures: int.MaxValue)));
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(CertificateReady("C-4"));

        for (var i = 0; i < 8; i++)
        {
            await node.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();
            db.Time.Advance(TimeSpan.FromHours(2));
        }

        Assert.Equal(1, await node.GetRequiredService<IOutboxDeliveryStore>().CountAsync(OutboxStatus.Failed));
    }

    [Fact]
    public async Task InApp_DeliveredToTheStaffInbox_AndCanBeMarkedRead()
    {
        var (db, node) = await SchedulingDatabase.CreateAsync(Now);
        await using var _ = db;
        var message = OutboxMessage.Create(NotificationChannel.InApp, "role:section-head", NotificationTemplates.DeadlineRed,
            new Dictionary<string, string> { ["caseNumber"] = "C-5", ["businessType"] = "TransferSale", ["dueAt"] = "2025-11-10 17:30" },
            "deadline:C-5:Red:1:role:section-head") with { CaseNumber = "C-5" };
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(message);
        await node.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();

        var inbox = node.GetRequiredService<IStaffInbox>();
        var item = Assert.Single(await inbox.ListAsync(["user:wang.fang", "role:section-head"]));
        Assert.StartsWith("【超期】业务件C-5", item.Text, StringComparison.Ordinal);
        Assert.True(await inbox.MarkReadAsync(item.MessageId));
        Assert.Empty(await inbox.ListAsync(["role:section-head"]));
    }

    [Fact]
    public void Render_MissingParameter_NamesIt()
    {
        var e = Assert.Throws<ArgumentException>(() => NotificationTemplates.Render(NotificationTemplates.CertificateReady, new Dictionary<string, string> { ["caseNumber"] = "C-6" }));
        Assert.Contains("'office'", e.Message, StringComparison.Ordinal);
    }

    private sealed class FlakyGateway(int failures) : ISmsGateway
    {
        public int Calls { get; private set; }

        public Task SendAsync(Guid messageId, string mobile, string text, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Calls <= failures ? throw new IOException("SMS carrier timeout") : Task.CompletedTask;
        }
    }
}
