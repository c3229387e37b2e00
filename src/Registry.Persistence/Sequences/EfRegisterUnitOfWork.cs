using Registry.Application.Register;

namespace Registry.Persistence.Sequences;

/// <summary>One transaction on the scoped context the scoped <see cref="IRegisterRepository"/> also uses.</summary>
internal sealed class EfRegisterUnitOfWork(RegistryDbContext db) : IRegisterUnitOfWork
{
    public async Task ExecuteAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            await work(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
