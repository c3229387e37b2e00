namespace Registry.Application.Register;

/// <summary>
/// Runs work against the scoped <see cref="IRegisterRepository"/> in one database transaction: every unit a recording
/// changes is saved together or not at all (a combined case touches several units).
/// </summary>
public interface IRegisterUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> inside one transaction, committing when it returns and rolling back when it throws.</summary>
    Task ExecuteAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default);
}
