namespace Registry.Application.Worklist;

/// <summary>
/// The worklist's read port: open tasks from the engine's bookmark index and done tasks from its journal, filtered by the
/// case tables (business type, unit code, party name) in the database, so a page costs a few indexed queries whatever the
/// number of finished cases.
/// </summary>
public interface IWorklistQuery
{
    /// <summary>One page of rows and a count bounded by <see cref="WorklistCriteria.CountLimit"/>.</summary>
    Task<WorklistRowPage> FindAsync(WorklistCriteria criteria, CancellationToken cancellationToken = default);

    /// <summary>Business type, units and parties of the given cases, in one round of queries; unknown numbers are left out.</summary>
    Task<IReadOnlyDictionary<string, WorklistCaseSummary>> SummariesAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inside a case command: the oldest open, unclaimed human task of a running case that <paramref name="roles"/> may take,
    /// held for the command's transaction so that concurrent callers are handed different tasks instead of all reaching
    /// for the same one (PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>, SQL Server <c>UPDLOCK, READPAST</c>; on SQLite the
    /// command's write lock already serialises them). Null when there is none.
    /// </summary>
    Task<ClaimableTask?> NextClaimableAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);
}

/// <summary>An open task found for "claim next": its instance, task id and case number.</summary>
public sealed record ClaimableTask(Guid InstanceId, string TaskId, string CaseNumber);
