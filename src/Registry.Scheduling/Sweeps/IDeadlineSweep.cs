namespace Registry.Scheduling.Sweeps;

/// <summary>
/// Moves every open case whose next check is due to its current stage (amber, red, escalated) and enqueues one
/// notification per move. Safe to run on several nodes at once and after any downtime: it catches up on everything
/// due, and a stage move is a conditional update, so each warning is stored once.
/// </summary>
public interface IDeadlineSweep
{
    /// <summary>Runs until nothing is due at the current instant.</summary>
    /// <param name="cancellationToken">Cancels the run between rows.</param>
    /// <returns>What was done.</returns>
    Task<SweepResult> RunOnceAsync(CancellationToken cancellationToken = default);
}
