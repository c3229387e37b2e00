using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Registry.Persistence.Notifications;

namespace Registry.Persistence.Dashboard;

/// <summary>
/// Writes the figures row of every completed case that has none (cases completed before migration
/// <c>figuresCaseFigures</c>, and those loaded as data: demo seeding, bulk generators). Run at every start after the
/// migrations; idempotent (only missing rows are written, in batches, each its own transaction), and it resumes where an
/// interrupted run stopped. Uses the same query as the live write, so a backfilled row equals the one the case command
/// would have written.
/// </summary>
internal static class CaseFiguresBackfill
{
    private const int Batch = 20_000;

    public static async Task<int> RunAsync(IDbContextFactory<RegistryDbContext> contexts, ILogger logger, CancellationToken cancellationToken = default)
    {
        var written = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var missing = await CaseFiguresProjection.Completions(db)
                .Where(f => !db.Set<CaseFiguresRow>().Any(x => x.CaseId == f.CaseId))
                .OrderBy(f => f.CompletedAt)
                .Take(Batch)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            if (missing.Count == 0)
            {
                break;
            }

            db.AddRange(missing);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                written += missing.Count;
            }
            catch (DbUpdateException e) when (OutboxWriter.IsUniqueViolation(e))
            {
                // A case command (another server) wrote some of these meanwhile: read what is still missing again.
            }
        }

        if (written > 0)
        {
            logger.LogInformation("Backfilled the dashboard figures of {Cases} completed cases", written);
        }

        return written;
    }
}
