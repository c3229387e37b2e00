using Microsoft.EntityFrameworkCore;
using Registry.Application.Designer;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Workflows;

/// <summary>The designer's read side: definition version rows without their documents, and unended instances per version.</summary>
internal sealed class EfWorkflowDefinitionVersions(IDbContextFactory<RegistryDbContext> factory) : IWorkflowDefinitionVersions
{
    private static readonly string[] Unended = [nameof(InstanceStatus.Running), nameof(InstanceStatus.Suspended)];

    public async Task<IReadOnlyList<DefinitionVersionInfo>> ListAsync(string? definitionId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = db.Set<WorkflowDefinitionRow>().AsNoTracking();
        if (definitionId is not null)
        {
            rows = rows.Where(r => r.DefinitionId == definitionId);
        }

        var list = await rows
            .OrderBy(r => r.DefinitionId).ThenBy(r => r.Version)
            .Select(r => new { r.DefinitionId, r.Version, r.Status, r.DisplayName, r.SavedAt, r.SavedBy, r.PublishedAt, r.PublishedBy })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. list.Select(r => new DefinitionVersionInfo(
            r.DefinitionId, r.Version, Enum.Parse<DefinitionStatus>(r.Status), r.DisplayName, r.SavedAt, r.SavedBy, r.PublishedAt, r.PublishedBy))];
    }

    public async Task<IReadOnlyList<RunningInstanceCount>> CountRunningAsync(string? definitionId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = db.Set<WorkflowInstanceRow>().AsNoTracking().Where(r => Unended.Contains(r.Status));
        if (definitionId is not null)
        {
            rows = rows.Where(r => r.DefinitionId == definitionId);
        }

        // Served by the (DefinitionId, Status) index.
        var counts = await rows
            .GroupBy(r => new { r.DefinitionId, r.DefinitionVersion })
            .Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, Count = g.Count() })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. counts.OrderBy(c => c.DefinitionId, StringComparer.Ordinal).ThenBy(c => c.DefinitionVersion)
            .Select(c => new RunningInstanceCount(c.DefinitionId, c.DefinitionVersion, c.Count))];
    }

    public async Task<IReadOnlyList<UnendedInstance>> ListUnendedAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<WorkflowInstanceRow>().AsNoTracking()
            .Where(r => r.DefinitionId == definitionId && r.DefinitionVersion == version && Unended.Contains(r.Status))
            .Select(r => new { r.Id, r.CorrelationId, r.CreatedAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        return [.. rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new UnendedInstance(r.Id, r.CorrelationId))];
    }
}
