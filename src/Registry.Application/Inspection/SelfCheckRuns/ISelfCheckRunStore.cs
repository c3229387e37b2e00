using Registry.Domain.Cases;

namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// Stores self-check runs and their per-case results. At most one run is active (running) at a time, enforced by the
/// database; a batch's results and the run's progress commit together.
/// </summary>
public interface ISelfCheckRunStore
{
    /// <summary>Completed cases whose completion falls in [<paramref name="from"/>, <paramref name="toExclusive"/>).</summary>
    Task<long> CountFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="take"/> completed cases of the range after <paramref name="after"/>, in (completion, case number) order.</summary>
    Task<IReadOnlyList<FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, SelfCheckRunCursor? after, int take, CancellationToken cancellationToken = default);

    /// <summary>Loads the named cases (those that exist), in one read.</summary>
    Task<IReadOnlyList<RegistrationCase>> LoadCasesAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default);

    /// <summary>Stores a new running run.</summary>
    /// <exception cref="SelfCheckRunConflictException">Another run is active.</exception>
    Task AddAsync(SelfCheckRun run, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes over a failed or interrupted run (running with a heartbeat before <paramref name="staleBefore"/>): it becomes
    /// running again with <paramref name="heartbeat"/> and <paramref name="lease"/>, its failure cleared. Null when it is
    /// neither (it succeeded, or another process is still running it).
    /// </summary>
    /// <exception cref="SelfCheckRunConflictException">Another run is active.</exception>
    Task<SelfCheckRun?> TakeOverAsync(Guid runId, DateTimeOffset staleBefore, DateTimeOffset heartbeat, Guid lease, CancellationToken cancellationToken = default);

    /// <summary>Replaces the batch's case results and stores the run's progress, in one transaction.</summary>
    /// <exception cref="SelfCheckRunConflictException">The run was taken over (its lease changed) or is no longer running; nothing stored.</exception>
    Task SaveBatchAsync(SelfCheckRunBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Stores the run as succeeded or failed (its slot freed), if it still holds its lease.</summary>
    /// <exception cref="SelfCheckRunConflictException">Taken over by another process; nothing stored.</exception>
    Task FinishAsync(SelfCheckRun run, CancellationToken cancellationToken = default);

    /// <summary>One run; null when there is none.</summary>
    Task<SelfCheckRun?> FindAsync(Guid runId, CancellationToken cancellationToken = default);

    /// <summary>The newest runs first.</summary>
    Task<IReadOnlyList<SelfCheckRun>> ListAsync(int take, CancellationToken cancellationToken = default);

    /// <summary>The running (or interrupted) run, if any.</summary>
    Task<SelfCheckRun?> FindActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest succeeded run of <paramref name="trigger"/> (by the end of its range); null when none.</summary>
    Task<SelfCheckRun?> LastSucceededAsync(SelfCheckRunTrigger trigger, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stored results of <paramref name="ruleSetVersion"/> with findings, of cases completed in the range, in case-number
    /// order, at most <paramref name="take"/>.
    /// </summary>
    Task<IReadOnlyList<SelfCheckCaseResult>> ListFailingAsync(string ruleSetVersion, DateTimeOffset from, DateTimeOffset toExclusive, int take, CancellationToken cancellationToken = default);

    /// <summary>Every stored result of the case (one per rule-set version it was checked with).</summary>
    Task<IReadOnlyList<SelfCheckCaseResult>> ListCaseResultsAsync(string caseNumber, CancellationToken cancellationToken = default);
}
