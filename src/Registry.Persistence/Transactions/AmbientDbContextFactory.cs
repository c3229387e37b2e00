using Microsoft.EntityFrameworkCore;

namespace Registry.Persistence.Transactions;

/// <summary>
/// The context factory every store uses: outside a case command it hands out contexts of the inner factory; inside one it
/// hands out contexts on the command's open connection, enlisted in its transaction (<paramref name="pooled"/>: the workflow stores' pool, used outside commands), so whatever the store saves commits
/// or rolls back with the command. Inside a command the contexts come from a pool of their own
/// (<see cref="CommandContexts"/>): a store call is tens of contexts per command, and a new context builds its internal
/// services on first use (~0.1–0.3 ms each). Every context of that pool is pointed at the running command's connection
/// and transaction each time it is handed out, so none keeps a borrowed connection into another command; returned to the
/// pool, EF resets its change tracker and forgets the transaction (it never owned the connection, so never closes it).
/// </summary>
internal sealed class AmbientDbContextFactory(
    IDbContextFactory<RegistryDbContext>? pooled,
    DbContextOptions<RegistryDbContext> options,
    AmbientCommand ambient,
    CommandContexts? commandContexts = null) : IDbContextFactory<RegistryDbContext>
{
    private readonly CommandContexts _commandContexts = commandContexts ?? new CommandContexts(options);

    public RegistryDbContext CreateDbContext()
    {
        if (ambient.Current is not { } scope)
        {
            return pooled?.CreateDbContext() ?? new RegistryDbContext(options);
        }

        var db = _commandContexts.Pool.CreateDbContext();
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

        var db = await _commandContexts.Pool.CreateDbContextAsync(cancellationToken);
        db.Database.SetDbConnection(scope.Connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(scope.Transaction, cancellationToken);
        return db;
    }
}
