using Microsoft.EntityFrameworkCore;

namespace Registry.Persistence.Transactions;

/// <summary>
/// The context factory every store uses: outside a case command it hands out contexts of the inner factory; inside one it
/// hands out contexts on the command's open connection, enlisted in its transaction (<paramref name="pooled"/>: the workflow stores' pool, used outside commands), so whatever the store saves commits
/// or rolls back with the command. (Such contexts are not pooled: a pooled context would keep the borrowed connection.)
/// </summary>
internal sealed class AmbientDbContextFactory(
    IDbContextFactory<RegistryDbContext>? pooled,
    DbContextOptions<RegistryDbContext> options,
    AmbientCommand ambient) : IDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext()
    {
        if (ambient.Current is not { } scope)
        {
            return pooled?.CreateDbContext() ?? new RegistryDbContext(options);
        }

        var db = new RegistryDbContext(options);
        db.Database.SetDbConnection(scope.Connection, contextOwnsConnection: false);
        db.Database.UseTransaction(scope.Transaction);
        return db;
    }

    public async Task<RegistryDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (ambient.Current is not { } scope)
        {
            return pooled is null ? new RegistryDbContext(options) : await pooled.CreateDbContextAsync(cancellationToken);
        }

        var db = new RegistryDbContext(options);
        db.Database.SetDbConnection(scope.Connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(scope.Transaction, cancellationToken);
        return db;
    }
}
