using Microsoft.EntityFrameworkCore;
using Registry.Application.Notifications;

namespace Registry.Persistence.Notifications;

/// <summary>The in-app channel: delivery writes an inbox row keyed by the message id, so a repeated delivery changes nothing.</summary>
internal sealed class EfStaffInbox(IDbContextFactory<RegistryDbContext> factory, TimeProvider timeProvider) : IStaffInbox, INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.InApp;

    public async Task DeliverAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<InboxItemRow>().AnyAsync(i => i.MessageId == envelope.Id, cancellationToken))
        {
            return;
        }

        db.Add(new InboxItemRow
        {
            MessageId = envelope.Id,
            Recipient = envelope.Message.Recipient,
            TemplateKey = envelope.Message.TemplateKey,
            Text = envelope.Message.Text,
            CaseNumber = envelope.Message.CaseNumber,
            CreatedAt = timeProvider.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (OutboxWriter.IsUniqueViolation(e))
        {
            // Delivered concurrently by another dispatcher: the item exists once.
        }
    }

    public async Task<IReadOnlyList<InboxItem>> ListAsync(IReadOnlyCollection<string> recipients, bool unreadOnly = true, int take = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var list = recipients.ToList();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<InboxItemRow>().AsNoTracking().Where(i => list.Contains(i.Recipient));
        if (unreadOnly)
        {
            query = query.Where(i => i.ReadAt == null);
        }

        var rows = await query.OrderByDescending(i => i.CreatedAt).Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => new InboxItem(r.MessageId, r.Recipient, r.TemplateKey, r.Text, r.CaseNumber, r.CreatedAt, r.ReadAt)).ToList();
    }

    public async Task<bool> MarkReadAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<InboxItemRow>().Where(i => i.MessageId == messageId && i.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReadAt, now), cancellationToken) == 1;
    }
}
