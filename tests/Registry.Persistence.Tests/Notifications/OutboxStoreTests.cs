using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Notifications;

namespace Registry.Persistence.Tests.Notifications;

public sealed class OutboxStoreTests
{
    private static OutboxMessage Message(string key) => new(NotificationChannel.Sms, "13800000000", NotificationTemplates.CertificateReady,
        new Dictionary<string, string> { ["caseNumber"] = "C-1", ["office"] = "登记中心" }, "您的不动产权证书已可领取", key);

    [Fact]
    public async Task Enqueue_ConcurrentSameKey_StoresOne()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var outbox = db.Services.GetRequiredService<INotificationOutbox>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => outbox.EnqueueAsync(Message("k-1")))));

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(1, await db.Services.GetRequiredService<IOutboxDeliveryStore>().CountAsync(OutboxStatus.Pending));
    }

    [Fact]
    public async Task TryClaim_SameAttemptTwice_OnlyFirstWins()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<IOutboxDeliveryStore>();
        await db.Services.GetRequiredService<INotificationOutbox>().EnqueueAsync(Message("k-2"));
        var envelope = Assert.Single(await store.ListDueAsync(db.Time.GetUtcNow(), 10));

        Assert.True(await store.TryClaimAsync(envelope.Id, 0, db.Time.GetUtcNow().AddMinutes(5)));
        Assert.False(await store.TryClaimAsync(envelope.Id, 0, db.Time.GetUtcNow().AddMinutes(5)));
        Assert.Empty(await store.ListDueAsync(db.Time.GetUtcNow(), 10));
    }
}
