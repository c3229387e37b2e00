using Microsoft.EntityFrameworkCore;
using Registry.Application.Notifications;
using Registry.Application.Review.Reporting;

namespace Registry.Persistence.Notifications;

/// <summary>Booking reports (登簿上报) are the outbox's platform messages: recorded when the case is booked, delivered by the dispatcher.</summary>
internal sealed class EfBookingReportLog(IDbContextFactory<RegistryDbContext> factory) : IBookingReportLog
{
    public async Task<BookingReportEvent?> FindAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNumber);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<OutboxMessageRow>().AsNoTracking()
            .Where(m => m.CaseNumber == caseNumber && m.TemplateKey == NotificationTemplates.BookingReport)
            .Select(m => new { m.CreatedAt, m.DeliveredAt, m.Status })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        // One per case by its dedupe key; read defensively as the earliest report and its delivery.
        var first = rows.OrderBy(r => r.CreatedAt).First();
        return new BookingReportEvent(caseNumber, first.CreatedAt, first.Status == OutboxStatus.Delivered ? first.DeliveredAt : null);
    }
}
