using Microsoft.EntityFrameworkCore;
using Registry.Application.Notifications;

namespace Registry.Persistence.Notifications;

/// <summary>The outbox on the registry database: enqueue with dedupe, and the dispatcher's claim/mark operations.</summary>
internal sealed class EfNotificationOutbox(IDbContextFactory<RegistryDbContext> factory, TimeProvider timeProvider)
    : INotificationOutbox, IOutboxDeliveryStore
{
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await OutboxWriter.AddNewAsync(db, [message], timeProvider.GetUtcNow(), cancellationToken) == 0)
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (OutboxWriter.IsUniqueViolation(e))
        {
            // Another writer stored the same key between our check and our insert: the message exists once.
            return false;
        }
    }

    public async Task<IReadOnlyList<OutboxEnvelope>> ListDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<OutboxMessageRow>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OutboxEnvelope(r.Id, OutboxWriter.ToMessage(r), r.Attempts, r.CreatedAt)).ToList();
    }

    public async Task<bool> TryClaimAsync(Guid id, int expectedAttempts, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Set<OutboxMessageRow>()
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && m.Attempts == expectedAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, expectedAttempts + 1).SetProperty(m => m.NextAttemptAt, leaseUntil)
                .SetProperty(m => m.LastAttemptAt, timeProvider.GetUtcNow()), cancellationToken);
        return claimed == 1;
    }

    public async Task MarkDeliveredAsync(Guid id, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Set<OutboxMessageRow>().Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Delivered).SetProperty(m => m.DeliveredAt, deliveredAt).SetProperty(m => m.LastError, (string?)null), cancellationToken);
    }

    public async Task MarkAttemptFailedAsync(Guid id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = error.Length > 1000 ? error[..1000] : error;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<OutboxMessageRow>().Where(m => m.Id == id && m.Status == OutboxStatus.Pending);
        if (nextAttemptAt is { } next)
        {
            await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, text), cancellationToken);
        }
        else
        {
            await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Failed).SetProperty(m => m.LastError, text), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<OutboxDelivery>> ListForCaseAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<OutboxMessageRow>().AsNoTracking().Where(m => m.CaseNumber == caseNumber).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.CreatedAt).Select(r => new OutboxDelivery(r.Id, r.Channel, r.Recipient, r.TemplateKey, r.Status, r.Attempts, r.LastAttemptAt, r.DeliveredAt, r.LastError))];
    }

    public async Task<int> CountAsync(OutboxStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<OutboxMessageRow>().CountAsync(m => m.Status == status, cancellationToken);
    }
}
