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
}
