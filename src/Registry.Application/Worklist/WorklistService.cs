using Registry.Application.Cases;
using Registry.Application.Deadlines;
using Registry.Domain.Codes;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Application.Worklist;

/// <summary>
/// The worklist from the engine's task index (one indexed query for the page and its count), enriched per row with the
/// case (type, units, parties) and its deadline. A page is at most 100 rows, so the per-row reads stay bounded.
/// </summary>
public sealed class WorklistService(IWorkTaskQuery tasks, ICaseRepository cases, ICaseDeadlineService deadlines, IWorkflowRuntime runtime, Catalogue.IBusinessTypeCatalogue catalogue) : IWorklist
{
    /// <inheritdoc />
    public async Task<WorklistPage> GetAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(roles);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var criteria = query.View == WorklistView.Mine
            ? new WorkTaskCriteria(Assignee: user, Claim: ClaimFilter.Claimed)
            : new WorkTaskCriteria(Roles: roles, Claim: ClaimFilter.Unclaimed);
        if (query.View == WorklistView.Group && roles.Count == 0)
        {
            return new WorklistPage([], 0);
        }

        criteria = criteria with
        {
            CorrelationIdPrefix = string.IsNullOrWhiteSpace(query.CaseNumberPrefix) ? null : query.CaseNumberPrefix.Trim(),
            Skip = Math.Max(0, query.Page) * pageSize,
            Take = pageSize,
        };
        var page = await tasks.FindAsync(criteria, cancellationToken);
        var items = new List<WorklistItem>(page.Items.Count);
        foreach (var task in page.Items)
        {
            var number = task.CorrelationId ?? string.Empty;
            var registrationCase = CaseNumber.TryParse(number, out var parsed, out _) ? await cases.FindAsync(parsed!, cancellationToken) : null;
            CaseDeadlineView? deadline = null;
            try
            {
                deadline = await deadlines.GetRemainingAsync(number, cancellationToken);
            }
            catch (CaseDeadlineNotFoundException)
            {
                // A workflow started outside case acceptance has no statutory clock.
            }

            items.Add(new WorklistItem(
                task.InstanceId,
                task.BookmarkId,
                number,
                registrationCase?.BusinessType ?? task.DefinitionId,
                registrationCase is not null && catalogue.TryFind(registrationCase.BusinessType, out var type) && type is not null
                    ? (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? type.Name.Zh : type.Name.En)
                    : registrationCase?.BusinessType ?? task.DefinitionId,
                task.NodeName,
                task.Role,
                task.Assignee,
                task.CreatedAt,
                registrationCase is null ? string.Empty : string.Join("、", registrationCase.Units.Select(u => u.Value)),
                registrationCase is null ? string.Empty : string.Join("、", registrationCase.Parties.Select(p => p.Party.Name).Distinct()),
                deadline?.Stage,
                deadline?.RemainingWorkingDays,
                deadline?.DueAt));
        }

        return new WorklistPage(items, page.TotalCount);
    }

    /// <inheritdoc />
    public Task ClaimAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default) =>
        runtime.ClaimTaskAsync(instanceId, taskId, user, cancellationToken);

    /// <inheritdoc />
    public Task ReleaseAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default) =>
        runtime.ReleaseTaskAsync(instanceId, taskId, user, cancellationToken: cancellationToken);
}
