namespace Registry.Application.Transactions;

/// <summary>
/// One case command, one transaction: acceptance, a claim, a decision, a signal, a timer, an expiry or a migration runs
/// inside <see cref="RunAsync{T}"/>, and everything it writes — workflow instance and journal, review findings, register
/// effects, certificate numbers, case status, deadline and outbox — commits together or not at all. Stores and ports called
/// inside take part in the ambient transaction instead of opening their own. A conflict with another writer rolls the
/// attempt back whole and re-runs the command on fresh state, so nothing of a failed attempt survives.
/// </summary>
public interface ICaseCommandTransaction
{
    /// <summary>
    /// Runs <paramref name="command"/> in one transaction (or inside the current one when called from within a command).
    /// </summary>
    /// <exception cref="CommandConflictException">Still conflicting after the retries.</exception>
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="step"/> so that, when it throws, whatever it wrote is undone while the rest of the command's
    /// transaction stays (a savepoint): an automatic step that fails leaves an incident, not half its writes.
    /// </summary>
    Task<T> IsolateAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="action"/> after the current command commits (immediately when there is none).</summary>
    void AfterCommit(Action action);
}
