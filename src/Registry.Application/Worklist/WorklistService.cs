using Registry.Application.Catalogue;
using Registry.Application.Deadlines;
using Registry.Application.Fields;
using Registry.Workflows.Runtime;

namespace Registry.Application.Worklist;

/// <summary>
/// The worklist from <see cref="IWorklistQuery"/> (one page and a bounded count), enriched with the page's cases and
/// their deadlines in one batch each; a workflow started outside case acceptance has no statutory clock and shows none.
/// </summary>
public sealed class WorklistService(
    IWorklistQuery worklistQuery,
    ICaseDeadlineService deadlines,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    IBusinessTypeCatalogue catalogue,
    TimeProvider time,
    Transactions.ICaseCommandTransaction? transaction = null) : IWorklist
{
    private readonly WorklistItems _items = new(worklistQuery, deadlines, catalogue);

    /// <summary>Counting stops here: beyond it the UI shows "more than 1000" and pages on with next/previous.</summary>
    public const int CountLimit = 1000;

    /// <summary>
    /// The done tab filtered by business type or a broad search tests each of the person's entries against the case
    /// tables, so its count stops earlier to stay within the worklist's 100 ms.
    /// </summary>
    public const int FilteredDoneCountLimit = 200;

    /// <summary>Where counting stops for <paramref name="view"/>, filtered or not.</summary>
    public static int CountLimitFor(WorklistView view, bool filtered) => view == WorklistView.Done && filtered ? FilteredDoneCountLimit : CountLimit;

    /// <inheritdoc />
    public async Task<WorklistPage> GetAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(roles);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        if ((query.View == WorklistView.Group && roles.Count == 0) || (query.View == WorklistView.Incidents && !Examination.CaseIncidents.MayHandle(roles)))
        {
            return new WorklistPage([], 0);
        }

        FieldLimits.Check("search", query.Search, FieldLimits.Search);
        var search = WorklistSearch.Parse(query.Search);
        var criteria = new WorklistCriteria(
            query.View,
            user,
            roles,
            time.GetUtcNow(),
            string.IsNullOrWhiteSpace(query.BusinessType) ? null : query.BusinessType.Trim(),
            search.CaseNumberPrefix,
            search.UnitCodePrefix,
            search.PartyNamePrefix,
            Math.Max(0, query.Page) * pageSize,
            pageSize,
            CountLimitFor(query.View, search != WorklistSearch.None || !string.IsNullOrWhiteSpace(query.BusinessType)));
        var page = await worklistQuery.FindAsync(criteria, cancellationToken).ConfigureAwait(false);
        var items = await _items.OfAsync(page.Rows, cancellationToken).ConfigureAwait(false);
        var total = criteria.Skip + page.Rows.Count > page.Count ? criteria.Skip + page.Rows.Count : page.Count;
        var hasMore = page.CountIsCapped ? page.Rows.Count == pageSize : criteria.Skip + page.Rows.Count < page.Count;
        return new WorklistPage(items, total, page.CountIsCapped, hasMore);
    }

    /// <inheritdoc />
    public IReadOnlyList<WorklistTypeOption> BusinessTypes() => [.. catalogue.All.Select(t => new WorklistTypeOption(t.Code, _items.TypeName(t.Code)))];

    /// <inheritdoc />
    public async Task ClaimAsync(Guid instanceId, string taskId, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        // The role check lives here, not only in the page: any caller (another page, the API, a script) is held to it.
        // A task's role never changes while it is open, so reading it before the engine's claim is race-free.
        var instance = await instances.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instance?.OpenBookmarks.FirstOrDefault(b => b.Id == taskId) is { Kind: BookmarkKind.HumanTask } task
            && (task.Role ?? task.CandidateGroup) is { } needed
            && !roles.Contains(needed, StringComparer.Ordinal))
        {
            throw new ClaimNotAllowedException(instance.CorrelationId ?? string.Empty, task.NodeName, needed);
        }

        await runtime.ClaimTaskAsync(instanceId, taskId, user, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ClaimableTask?> ClaimNextAsync(string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count == 0)
        {
            return null;
        }

        // Find and claim in one command: the task found is held (or the write lock is) until the claim commits.
        return await (transaction ?? new Transactions.PassThroughCaseCommandTransaction()).RunAsync(
            async ct =>
            {
                if (await worklistQuery.NextClaimableAsync(roles, ct).ConfigureAwait(false) is not { } next)
                {
                    return null;
                }

                await runtime.ClaimTaskAsync(next.InstanceId, next.TaskId, user, ct).ConfigureAwait(false);
                return next;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default) =>
        runtime.ReleaseTaskAsync(instanceId, taskId, user, cancellationToken: cancellationToken);
}
