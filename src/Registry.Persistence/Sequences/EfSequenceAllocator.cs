using Microsoft.EntityFrameworkCore;
using Registry.Application.Sequences;

namespace Registry.Persistence.Sequences;

/// <summary>
/// Sequences on the application database: read, increment, save with the old value as concurrency token; a lost race
/// (another node took the number) retries with a fresh read, so every number is handed out once.
/// </summary>
internal sealed class EfSequenceAllocator(IDbContextFactory<RegistryDbContext> contexts) : ISequenceAllocator
{
    private const int MaxAttempts = 20;

    public async Task<int> NextAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var row = await db.Set<SequenceRow>().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
            if (row is null)
            {
                row = new SequenceRow { Key = key, Value = 1 };
                db.Add(row);
            }
            else
            {
                row.Value++;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return row.Value;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Concurrency conflict or a duplicate first insert: somebody else took this number; take the next one.
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt), cancellationToken);
            }
        }
    }
}
