using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Registry.Workflows.Definitions;

namespace Registry.Persistence.Workflows;

/// <summary>
/// Definition versions on <see cref="RegistryDbContext"/>, one row per (id, version) holding the definition JSON. A published
/// row is never changed: saving over it throws unless the document is identical (so re-running a seed is harmless).
/// Published versions are cached after the first read because they cannot change.
/// </summary>
internal sealed class EfWorkflowDefinitionStore(IDbContextFactory<RegistryDbContext> factory, TimeProvider time) : IWorkflowDefinitionStore
{
    private static readonly string Published = nameof(DefinitionStatus.Published);
    private readonly WorkflowDefinitionJson _json = new();
    private readonly ConcurrentDictionary<(string Id, int Version), WorkflowDefinition> _published = new();

    public async Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        if (_published.TryGetValue((definitionId, version), out var cached))
        {
            return cached;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Set<WorkflowDefinitionRow>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.DefinitionId == definitionId && r.Version == version, cancellationToken)
            .ConfigureAwait(false);
        return row is null ? null : ToDefinition(row);
    }

    public async Task<WorkflowDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var version = await db.Set<WorkflowDefinitionRow>()
            .Where(r => r.DefinitionId == definitionId && r.Status == Published)
            .MaxAsync(r => (int?)r.Version, cancellationToken)
            .ConfigureAwait(false);
        return version is { } v ? await FindAsync(definitionId, v, cancellationToken).ConfigureAwait(false) : null;
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<WorkflowDefinitionRow>().AsNoTracking()
            .Where(r => r.DefinitionId == definitionId)
            .OrderBy(r => r.Version)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(ToDefinition).ToList();
    }

    public Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default) =>
        SaveAsync(definition, null, cancellationToken);

    public async Task SaveAsync(WorkflowDefinition definition, string? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var document = WorkflowDefinitionJson.Write(definition);
        var status = definition.Status.ToString();
        var now = time.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Set<WorkflowDefinitionRow>()
            .FirstOrDefaultAsync(r => r.DefinitionId == definition.Id && r.Version == definition.Version, cancellationToken)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new WorkflowDefinitionRow
            {
                DefinitionId = definition.Id,
                Version = definition.Version,
                Status = status,
                DisplayName = definition.DisplayName.Zh,
                Document = document,
                SavedAt = now,
                SavedBy = actor,
            };
            db.Add(row);
        }
        else if (row.Status == Published)
        {
            if (row.Document == document && status == Published)
            {
                return;
            }

            throw new WorkflowDefinitionException($"definition {definition.Id} v{definition.Version} is published (by {row.PublishedBy ?? "unknown"}) and cannot be changed; save a new version");
        }
        else
        {
            row.Status = status;
            row.DisplayName = definition.DisplayName.Zh;
            row.Document = document;
            row.SavedAt = now;
            row.SavedBy = actor;
        }

        if (definition.Status == DefinitionStatus.Published)
        {
            row.PublishedAt = now;
            row.PublishedBy = actor;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            throw new WorkflowDefinitionException($"definition {definition.Id} v{definition.Version} was saved by someone else at the same time; reload and retry ({ex.InnerException?.Message ?? ex.Message})");
        }
    }

    private WorkflowDefinition ToDefinition(WorkflowDefinitionRow row)
    {
        var status = Enum.Parse<DefinitionStatus>(row.Status);
        var definition = _json.Read(row.Document, $"database: {row.DefinitionId} v{row.Version}") with { Status = status };
        if (status == DefinitionStatus.Published)
        {
            _published.TryAdd((row.DefinitionId, row.Version), definition);
        }

        return definition;
    }
}
