namespace Registry.Application.Transactions;

/// <summary>
/// For compositions without a database (the in-memory engine in unit tests and benchmarks): runs the command as it is.
/// The database-backed transaction replaces it in <c>AddRegistryPersistence</c>.
/// </summary>
internal sealed class PassThroughCaseCommandTransaction : ICaseCommandTransaction
{
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command(cancellationToken);
    }

    public Task<T> IsolateAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step(cancellationToken);
    }

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        action();
    }
}
