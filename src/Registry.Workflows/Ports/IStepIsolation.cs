namespace Registry.Workflows.Ports;

/// <summary>
/// How the host runs one automatic step that calls ports (rule check, record, certificate, notify). The engine turns a
/// failure the host reports into an incident on the instance instead of failing the whole command; the host undoes what
/// the failed step wrote (a savepoint) and rethrows failures that must abort the command (conflicts, cancellation).
/// </summary>
public interface IStepIsolation
{
    /// <summary>
    /// Runs <paramref name="step"/>. Returns null when it succeeded, or the exception to record as an incident after
    /// undoing the step's writes; throws when the failure must abort the command instead.
    /// </summary>
    Task<Exception?> RunAsync(Func<CancellationToken, Task> step, CancellationToken cancellationToken = default);
}
