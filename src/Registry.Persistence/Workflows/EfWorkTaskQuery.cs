using Microsoft.EntityFrameworkCore;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Persistence.Workflows;

/// <summary>The worklist (待办) from the <c>WorkflowBookmarks</c> index: no instance is loaded.</summary>
internal sealed class EfWorkTaskQuery(IDbContextFactory<RegistryDbContext> factory) : IWorkTaskQuery
{
    public async Task<WorkTaskPage> FindAsync(WorkTaskCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        criteria.Validate();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var humanTask = nameof(BookmarkKind.HumanTask);
        var query = db.Set<WorkflowBookmarkRow>().AsNoTracking().Where(b => b.Kind == humanTask);
        var roles = criteria.Roles is { Count: > 0 } r ? r.Distinct(StringComparer.Ordinal).ToList() : null;
        var assignee = criteria.Assignee;
        query = (roles, assignee) switch
        {
            (not null, null) => query.Where(b => roles.Contains(b.Role!) || roles.Contains(b.CandidateGroup!)),
            (null, not null) => query.Where(b => b.Assignee == assignee),
            _ => query.Where(b => ((roles!.Contains(b.Role!) || roles!.Contains(b.CandidateGroup!)) && b.Assignee == null) || b.Assignee == assignee),
        };
        query = criteria.Claim switch
        {
            ClaimFilter.Claimed => query.Where(b => b.Assignee != null),
            ClaimFilter.Unclaimed => query.Where(b => b.Assignee == null),
            _ => query,
        };
        if (criteria.DefinitionId is { } definitionId)
        {
            query = query.Where(b => b.DefinitionId == definitionId);
        }

        if (criteria.CorrelationIdPrefix is { Length: > 0 } prefix)
        {
            query = query.Where(b => b.CorrelationId!.StartsWith(prefix));
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query
            .OrderBy(b => b.CreatedAt)
            .ThenBy(b => b.BookmarkId)
            .Skip(criteria.Skip)
            .Take(criteria.Take)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var suspended = nameof(InstanceStatus.Suspended);
        return new WorkTaskPage(
            rows.Select(b => new WorkTask(
                b.InstanceId,
                b.BookmarkId,
                b.DefinitionId,
                b.DefinitionVersion,
                b.CorrelationId,
                b.NodeId,
                b.NodeName,
                b.Role,
                b.CandidateGroup,
                b.Assignee,
                b.ClaimedAt,
                b.CreatedAt,
                b.InstanceStatus == suspended)).ToList(),
            total);
    }
}
