using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Registry.Workflows.Definitions;

namespace Registry.Persistence.Workflows;

/// <summary>
/// Definition versions on <see cref="RegistryDbContext"/>, one row per (id, version) holding the definition JSON. A published
/// row is never changed: saving over it throws unless the document is identical (so re-running a seed is harmless).
/// Published versions are cached after the first read because they cannot change; the latest published version number of
/// a definition is cached for <see cref="DefaultLatestCacheTime"/> and dropped when this store publishes a version.
/// </summary>
internal sealed class EfWorkflowDefinitionStore(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, TimeSpan? latestCacheTime = null) : IWorkflowDefinitionStore
{
    /// <summary>
    /// How long the latest published version of a definition is trusted without asking the database. A publish through this
    /// store takes effect at once; one through another host (or by hand) is seen by new starts here within this time.
    /// </summary>
    public static readonly TimeSpan DefaultLatestCacheTime = TimeSpan.FromSeconds(5);

    private static readonly string Published = nameof(DefinitionStatus.Published);
    private readonly WorkflowDefinitionJson _json = new();
    private readonly ConcurrentDictionary<(string Id, int Version), WorkflowDefinition> _published = new();
    private readonly ConcurrentDictionary<string, (int Version, DateTimeOffset Until)> _latest = new(StringComparer.Ordinal);
    private readonly TimeSpan _latestCacheTime = latestCacheTime ?? DefaultLatestCacheTime;

    // Incremented by every publish here: an answer read before a publish must not be cached after it.
    private int _publishes;

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
        // Every case start asks this; the answer only changes on a publish, so it is cached briefly (see DefaultLatestCacheTime).
        if (_latest.TryGetValue(definitionId, out var latest) && time.GetUtcNow() < latest.Until && _published.TryGetValue((definitionId, latest.Version), out var cached))
        {
            return cached;
        }

        var asked = time.GetUtcNow();
        var publishes = Volatile.Read(ref _publishes);
        int? version;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            version = await db.Set<WorkflowDefinitionRow>()
                .Where(r => r.DefinitionId == definitionId && r.Status == Published)
                .MaxAsync(r => (int?)r.Version, cancellationToken)
                .ConfigureAwait(false);
        }

        if (version is not { } v)
        {
            return null;
        }

        var definition = await FindAsync(definitionId, v, cancellationToken).ConfigureAwait(false);
        if (definition is not null)
        {
            _latest[definitionId] = (v, asked + _latestCacheTime);
            if (Volatile.Read(ref _publishes) != publishes)
            {
                _latest.TryRemove(definitionId, out _);
            }
        }

        return definition;
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
            // Saving the same published content again is harmless for the same publisher (a re-run seed); anyone else
            // arriving here lost a race to publish this draft and must be told.
            if (row.Document == document && status == Published && string.Equals(row.PublishedBy, actor, StringComparison.Ordinal))
            {
                return;
            }

            if (status == Published && row.Document == document)
            {
                throw new WorkflowDefinitionException($"definition {definition.Id} v{definition.Version} was already published by {row.PublishedBy ?? "unknown"} at {row.PublishedAt:O}");
            }

            throw new WorkflowDefinitionException($"definition {definition.Id} v{definition.Version} is published (by {row.PublishedBy ?? "unknown"}) and cannot be changed; save a new version");
        }
        else if (definition.Status == DefinitionStatus.Published)
        {
            // Draft → published is one conditional UPDATE: of two simultaneous publishes of the same draft exactly one
            // changes the row; the other is told who won.
            var changed = await db.Set<WorkflowDefinitionRow>()
                .Where(r => r.DefinitionId == definition.Id && r.Version == definition.Version && r.Status != Published)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.Status, status)
                        .SetProperty(r => r.DisplayName, definition.DisplayName.Zh)
                        .SetProperty(r => r.Document, document)
                        .SetProperty(r => r.SavedAt, now)
                        .SetProperty(r => r.SavedBy, actor)
                        .SetProperty(r => r.PublishedAt, now)
                        .SetProperty(r => r.PublishedBy, actor),
                    cancellationToken)
                .ConfigureAwait(false);
            if (changed == 0)
            {
                var winner = await db.Set<WorkflowDefinitionRow>().AsNoTracking()
                    .FirstOrDefaultAsync(r => r.DefinitionId == definition.Id && r.Version == definition.Version, cancellationToken)
                    .ConfigureAwait(false);
                throw new WorkflowDefinitionException($"definition {definition.Id} v{definition.Version} was already published by {winner?.PublishedBy ?? "unknown"} at {winner?.PublishedAt:O}");
            }

            Interlocked.Increment(ref _publishes);
            _latest.TryRemove(definition.Id, out _);
            return;
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

        if (definition.Status == DefinitionStatus.Published)
        {
            // New starts on this host take the new version at once.
            Interlocked.Increment(ref _publishes);
            _latest.TryRemove(definition.Id, out _);
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
