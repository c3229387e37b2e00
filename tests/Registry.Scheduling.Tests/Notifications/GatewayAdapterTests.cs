using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Notifications;
using Registry.Scheduling.Tests.Sweeps;

namespace Registry.Scheduling.Tests.Notifications;

/// <summary>
/// The SMS and WeChat channels behind the outbox: the HTTP adapters against a real listener on a loopback port (retried
/// with backoff, the delivery record kept), the WeChat file adapter of the embedded default, and the alert after the last retry.
/// </summary>
public sealed class GatewayAdapterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, ChinaTime.Offset);

    private static OutboxMessage Notice(NotificationChannel channel, string caseNumber) => OutboxMessage.Create(
        channel, "13912345678", NotificationTemplates.CertificateReady,
        new Dictionary<string, string> { ["caseNumber"] = caseNumber, ["office"] = "长丰县不动产登记中心", ["certificateNumber"] = "皖(2026)长丰县不动产权第0000001号", ["ratingUrl"] = "https://registry.example/progress?case=" + caseNumber },
        $"certificate-ready:{caseNumber}:{channel}") with { CaseNumber = caseNumber };

    [Fact]
    public async Task HttpSms_PostsWithTheIdempotencyKey_IsRetriedAfterA503_AndTheDeliveryIsRecorded()
    {
        using var gateway = new LocalGateway(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        var (db, _) = await SchedulingDatabase.CreateAsync(Now);
        await using var __ = db;
        var node = await db.StartNodeAsync(settings: new Dictionary<string, string?>
        {
            ["Notifications:Sms:Endpoint"] = gateway.Url,
            ["Notifications:Sms:ApiKey"] = "carrier-secret",
        });
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(Notice(NotificationChannel.Sms, "C-11"));
        var dispatcher = node.GetRequiredService<IOutboxDispatcher>();
        var store = node.GetRequiredService<IOutboxDeliveryStore>();

        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Retrying);
        var failed = Assert.Single(await store.ListForCaseAsync("C-11"));
        Assert.Equal((OutboxStatus.Pending, 1, Now), (failed.Status, failed.Attempts, failed.LastAttemptAt));
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);

        db.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Delivered);
        var delivered = Assert.Single(await store.ListForCaseAsync("C-11"));
        Assert.Equal((OutboxStatus.Delivered, 2, (string?)null), (delivered.Status, delivered.Attempts, delivered.LastError));

        Assert.Equal(2, gateway.Requests.Count);
        Assert.All(gateway.Requests, r => Assert.Equal((delivered.Id.ToString("D"), "Bearer carrier-secret"), (r.IdempotencyKey, r.Authorization)));
        using var body = JsonDocument.Parse(gateway.Requests[1].Body);
        Assert.Equal("13912345678", body.RootElement.GetProperty("mobile").GetString());
        Assert.Contains("您的不动产权证书已可领取", body.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpWeChat_SendsTheConfiguredTemplateIdAndEachParameter()
    {
        using var gateway = new LocalGateway();
        var (db, _) = await SchedulingDatabase.CreateAsync(Now);
        await using var __ = db;
        var node = await db.StartNodeAsync(settings: new Dictionary<string, string?>
        {
            ["Notifications:WeChat:Endpoint"] = gateway.Url,
            ["Notifications:WeChat:TemplateIds:applicant.certificate-ready"] = "TPL-CERT-READY",
        });
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(Notice(NotificationChannel.WeChat, "C-12"));

        Assert.Equal(1, (await node.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync()).Delivered);

        using var body = JsonDocument.Parse(Assert.Single(gateway.Requests).Body);
        Assert.Equal("TPL-CERT-READY", body.RootElement.GetProperty("template_id").GetString());
        Assert.Equal("13912345678", body.RootElement.GetProperty("mobile").GetString());
        Assert.Equal("C-12", body.RootElement.GetProperty("data").GetProperty("caseNumber").GetProperty("value").GetString());
    }

    [Fact]
    public async Task WeChat_EmbeddedDefault_WritesTheTemplateMessageToItsFileOnce()
    {
        var (db, _) = await SchedulingDatabase.CreateAsync(Now);
        await using var __ = db;
        var file = Path.Combine(db.Directory, "wechat.log");
        var node = await db.StartNodeAsync(settings: new Dictionary<string, string?> { ["Scheduling:WeChatFilePath"] = file });
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(Notice(NotificationChannel.WeChat, "C-13"));

        await node.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();
        await node.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();

        var line = Assert.Single(await File.ReadAllLinesAsync(file)).Split('\t');
        Assert.Equal(("13912345678", NotificationTemplates.CertificateReady), (line[2], line[3]));
        Assert.Contains("C-13", line[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayDown_AfterTheLastRetry_TheMessageIsFailed_AndTheBusinessAdminIsAlertedInApp()
    {
        using var gateway = new LocalGateway(HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.BadGateway);
        var (db, _) = await SchedulingDatabase.CreateAsync(Now);
        await using var __ = db;
        var node = await db.StartNodeAsync(settings: new Dictionary<string, string?>
        {
            ["Notifications:Sms:Endpoint"] = gateway.Url,
            ["Scheduling:MaxDeliveryAttempts"] = "3",
        });
        await node.GetRequiredService<INotificationOutbox>().EnqueueAsync(Notice(NotificationChannel.Sms, "C-14"));
        var dispatcher = node.GetRequiredService<IOutboxDispatcher>();

        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Retrying);
        db.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Retrying);
        db.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Failed);

        var store = node.GetRequiredService<IOutboxDeliveryStore>();
        var records = await store.ListForCaseAsync("C-14");
        var sms = Assert.Single(records, r => r.Channel == NotificationChannel.Sms);
        Assert.Equal((OutboxStatus.Failed, 3), (sms.Status, sms.Attempts));
        Assert.Contains("502", sms.LastError, StringComparison.Ordinal);
        var alert = Assert.Single(records, r => r.Channel == NotificationChannel.InApp);
        Assert.Equal((NotificationTemplates.NotificationFailed, "role:business-admin"), (alert.TemplateKey, alert.Recipient));

        await dispatcher.DispatchDueAsync();
        var item = Assert.Single(await node.GetRequiredService<IStaffInbox>().ListAsync(["role:business-admin"]));
        Assert.StartsWith("【通知失败】发往13912345678的Sms消息", item.Text, StringComparison.Ordinal);
        Assert.Equal(3, gateway.Requests.Count);
    }
}
