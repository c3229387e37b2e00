namespace Registry.Workflows.Worklist;

/// <summary>
/// Reads the worklist (待办): open human tasks across instances, without loading the instances. Backed by the store's
/// bookmark index (a durable store keeps one row per open bookmark, rewritten on every commit).
/// </summary>
public interface IWorkTaskQuery
{
    /// <summary>Finds open human tasks matching <paramref name="criteria"/>, oldest first, with the total count for paging.</summary>
    /// <param name="criteria">Roles, assignee, claim state, definition, correlation prefix, paging.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One page and the total number of matches.</returns>
    Task<WorkTaskPage> FindAsync(WorkTaskCriteria criteria, CancellationToken cancellationToken = default);
}
