namespace Registry.Application.Worklist;

/// <summary>
/// The worklist read for an export: every matching row in the tab's order as one forward-only stream (no page offsets,
/// nothing tracked), and a count bounded by the export's row limit for its progress.
/// </summary>
public interface IWorklistExportQuery
{
    /// <summary>How many rows match <paramref name="criteria"/>, counting no further than <paramref name="limit"/>.</summary>
    Task<int> CountAsync(WorklistCriteria criteria, int limit, CancellationToken cancellationToken = default);

    /// <summary>The first <paramref name="limit"/> matching rows, read from the database as they are consumed.</summary>
    IAsyncEnumerable<WorklistRow> ReadAsync(WorklistCriteria criteria, int limit, CancellationToken cancellationToken = default);
}
