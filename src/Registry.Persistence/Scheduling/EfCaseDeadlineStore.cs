using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Deadlines;
using Registry.Application.Notifications;
using Registry.Persistence.Notifications;

namespace Registry.Persistence.Scheduling;

/// <summary>Case deadlines on the registry database. Stage moves are conditional updates, so two nodes cannot both make one.</summary>
internal sealed class EfCaseDeadlineStore(IDbContextFactory<RegistryDbContext> factory, TimeProvider timeProvider) : ICaseDeadlineStore
{
    public async Task InsertAsync(CaseDeadlineRecord deadline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Add(CaseDeadlineMapper.ToRow(deadline));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (OutboxWriter.IsUniqueViolation(e))
        {
            throw new CaseDeadlineConflictException($"Case '{deadline.CaseNumber}' already has a tracked deadline.", e);
        }
    }

    public async Task<int> InsertManyAsync(IEnumerable<CaseDeadlineRecord> deadlines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
        var count = 0;
        foreach (var deadline in deadlines)
        {
            db.Add(CaseDeadlineMapper.ToRow(deadline));
            if (++count % 5_000 == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    // Compiled once: read on every case command (the clock's sync), where EF's per-call query work outweighed SQLite's.
    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<CaseDeadlineRow?>>> DeadlineOf = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string number, CancellationToken _) => db.Set<CaseDeadlineRow>().AsNoTracking().FirstOrDefault(d => d.CaseNumber == number)));

    public async Task<CaseDeadlineRecord?> FindAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await DeadlineOf.For(db)(db, caseNumber, cancellationToken);
        return row is null ? null : CaseDeadlineMapper.ToRecord(row);
    }

    public async Task<IReadOnlyDictionary<string, CaseDeadlineRecord>> FindManyAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNumbers);
        var numbers = caseNumbers.Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0)
        {
            return new Dictionary<string, CaseDeadlineRecord>(StringComparer.Ordinal);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CaseDeadlineRow>().AsNoTracking().Where(d => numbers.Contains(d.CaseNumber)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.CaseNumber, CaseDeadlineMapper.ToRecord, StringComparer.Ordinal);
    }

    public async Task<bool> TryUpdateAsync(CaseDeadlineRecord updated, DeadlineStage expectedStage, long expectedVersion,
        IReadOnlyList<OutboxMessage> notifications, CancellationToken cancellationToken = default) =>
        (await TryUpdateBatchAsync([new CaseDeadlineUpdate(updated, expectedStage, expectedVersion, notifications)], cancellationToken))[0];

    public async Task<IReadOnlyList<bool>> TryUpdateBatchAsync(IReadOnlyList<CaseDeadlineUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var stored = new bool[updates.Count];
        if (updates.Count == 0)
        {
            return stored;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
        var notifications = new List<OutboxMessage>();

        // Conditional updates come first in the transaction: on SQLite the first one takes the write lock before any
        // read, so a racing sweeper waits and then sees the new versions (0 rows) instead of a stale snapshot.
        for (var i = 0; i < updates.Count; i++)
        {
            var (updated, expectedStage, expectedVersion, messages) = updates[i];
            ArgumentNullException.ThrowIfNull(updated);
            var pauses = JsonSerializer.Serialize(updated.Pauses);
            var extensions = JsonSerializer.Serialize(updated.Extensions);
            var changed = await db.Set<CaseDeadlineRow>()
                .Where(d => d.CaseNumber == updated.CaseNumber && d.Stage == expectedStage && d.Version == expectedVersion)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Assignee, updated.Assignee)
                    .SetProperty(d => d.PausesJson, pauses)
                    .SetProperty(d => d.ExtensionsJson, extensions)
                    .SetProperty(d => d.DueAt, updated.DueAt)
                    .SetProperty(d => d.AmberFrom, updated.AmberFrom)
                    .SetProperty(d => d.EscalateAt, updated.EscalateAt)
                    .SetProperty(d => d.Stage, updated.Stage)
                    .SetProperty(d => d.NextCheckAt, updated.NextCheckAt)
                    .SetProperty(d => d.ClosedAt, updated.ClosedAt)
                    .SetProperty(d => d.IsProvisional, updated.IsProvisional)
                    .SetProperty(d => d.Version, expectedVersion + 1), cancellationToken);
            if (changed == 1)
            {
                stored[i] = true;
                notifications.AddRange(messages);
            }
        }

        if (!stored.Any(s => s))
        {
            await transaction.RollbackAsync(cancellationToken);
            return stored;
        }

        await OutboxWriter.AddNewAsync(db, notifications, timeProvider.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<IReadOnlyList<CaseDeadlineRecord>> ListDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CaseDeadlineRow>().AsNoTracking()
            .Where(d => d.NextCheckAt != null && d.NextCheckAt <= now)
            .OrderBy(d => d.NextCheckAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        return rows.Select(CaseDeadlineMapper.ToRecord).ToList();
    }

    public async Task<CaseDeadlinePage> ListByStageAsync(DeadlineStage stage, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<CaseDeadlineRow>().AsNoTracking().Where(d => d.Stage == stage);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(d => d.DueAt).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new CaseDeadlinePage(rows.Select(CaseDeadlineMapper.ToRecord).ToList(), total);
    }
}
