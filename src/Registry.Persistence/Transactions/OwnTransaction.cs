using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Persistence.Transactions;

/// <summary>
/// A store's "all of this or nothing" block: its own transaction when it runs alone, nothing extra when its context is
/// already enlisted in a case command's transaction (which then decides for everything).
/// </summary>
internal sealed class OwnTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _transaction;

    private OwnTransaction(IDbContextTransaction? transaction) => _transaction = transaction;

    public static async Task<OwnTransaction> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new(database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null);
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) =>
        _transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>
    /// Abandons the block. Joined to a command, it leaves the command's transaction alone, so call it only where the
    /// block wrote nothing (a conditional update that matched no row).
    /// </summary>
    public Task RollbackAsync(CancellationToken cancellationToken = default) =>
        _transaction?.RollbackAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
