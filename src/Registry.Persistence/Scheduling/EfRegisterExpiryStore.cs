using Microsoft.EntityFrameworkCore;
using Registry.Application.Expiries;
using Registry.Application.Notifications;
using Registry.Persistence.Notifications;

namespace Registry.Persistence.Scheduling;

/// <summary>Register expiries on the registry database; changes are conditional on the version.</summary>
internal sealed class EfRegisterExpiryStore(IDbContextFactory<RegistryDbContext> factory, TimeProvider timeProvider) : IRegisterExpiryStore
{
    public async Task InsertAsync(RegisterExpiryRecord expiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expiry);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
        var open = await db.Set<RegisterExpiryRow>().AnyAsync(
            e => e.Kind == expiry.Kind && e.EntryReference == expiry.EntryReference
                 && (e.Status == RegisterExpiryStatus.Pending || e.Status == RegisterExpiryStatus.Processing), cancellationToken);
        if (open)
        {
            throw new InvalidOperationException($"{expiry.Kind} of entry '{expiry.EntryReference}' is already tracked.");
        }

        db.Add(ToRow(expiry));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<RegisterExpiryRecord?> FindAsync(RegisterExpiryKind kind, string entryReference, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<RegisterExpiryRow>().AsNoTracking()
            .Where(e => e.Kind == kind && e.EntryReference == entryReference)
            .ToListAsync(cancellationToken);
        var row = rows.OrderByDescending(e => e.Status is RegisterExpiryStatus.Pending or RegisterExpiryStatus.Processing).ThenByDescending(e => e.LapseAt).FirstOrDefault();
        return row is null ? null : ToRecord(row);
    }

    public async Task<bool> TryUpdateAsync(RegisterExpiryRecord updated, long expectedVersion, IReadOnlyList<OutboxMessage> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(notifications);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
        var changed = await db.Set<RegisterExpiryRow>()
            .Where(e => e.Id == updated.Id && e.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.DueDate, updated.DueDate)
                .SetProperty(e => e.IsProvisional, updated.IsProvisional)
                .SetProperty(e => e.LapseAt, updated.LapseAt)
                .SetProperty(e => e.RemindAt, updated.RemindAt)
                .SetProperty(e => e.Status, updated.Status)
                .SetProperty(e => e.ClaimedAt, updated.ClaimedAt)
                .SetProperty(e => e.Outcome, updated.Outcome)
                .SetProperty(e => e.CompletedAt, updated.CompletedAt)
                .SetProperty(e => e.Renewals, updated.Renewals)
                .SetProperty(e => e.Version, expectedVersion + 1), cancellationToken);
        if (changed != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await OutboxWriter.AddNewAsync(db, notifications, timeProvider.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<RegisterExpiryRecord>> ListDueAsync(DateTimeOffset now, DateTimeOffset staleClaimBefore, int batchSize, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var set = db.Set<RegisterExpiryRow>().AsNoTracking();
        var lapsing = await set.Where(e => e.Status == RegisterExpiryStatus.Pending && e.LapseAt <= now).OrderBy(e => e.LapseAt).Take(batchSize).ToListAsync(cancellationToken);
        var reminding = await set.Where(e => e.Status == RegisterExpiryStatus.Pending && e.RemindAt != null && e.RemindAt <= now).OrderBy(e => e.RemindAt).Take(batchSize).ToListAsync(cancellationToken);
        var stale = await set.Where(e => e.Status == RegisterExpiryStatus.Processing && e.ClaimedAt < staleClaimBefore).OrderBy(e => e.ClaimedAt).Take(batchSize).ToListAsync(cancellationToken);
        return lapsing.Concat(reminding).Concat(stale).DistinctBy(e => e.Id).Take(batchSize).Select(ToRecord).ToList();
    }

    private static RegisterExpiryRow ToRow(RegisterExpiryRecord r) => new()
    {
        Id = r.Id,
        Kind = r.Kind,
        UnitCode = r.UnitCode,
        EntryReference = r.EntryReference,
        StartDate = r.StartDate,
        DueDate = r.DueDate,
        IsProvisional = r.IsProvisional,
        LapseAt = r.LapseAt,
        RemindAt = r.RemindAt,
        Status = r.Status,
        ClaimedAt = r.ClaimedAt,
        Outcome = r.Outcome,
        CompletedAt = r.CompletedAt,
        Renewals = r.Renewals,
        Version = r.Version,
    };

    private static RegisterExpiryRecord ToRecord(RegisterExpiryRow r) => new()
    {
        Id = r.Id,
        Kind = r.Kind,
        UnitCode = r.UnitCode,
        EntryReference = r.EntryReference,
        StartDate = r.StartDate,
        DueDate = r.DueDate,
        IsProvisional = r.IsProvisional,
        LapseAt = r.LapseAt,
        RemindAt = r.RemindAt,
        Status = r.Status,
        ClaimedAt = r.ClaimedAt,
        Outcome = r.Outcome,
        CompletedAt = r.CompletedAt,
        Renewals = r.Renewals,
        Version = r.Version,
    };
}
