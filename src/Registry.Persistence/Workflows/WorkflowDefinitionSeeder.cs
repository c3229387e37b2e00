using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Workflows.Definitions;

namespace Registry.Persistence.Workflows;

/// <summary>First-run loading of the shipped workflow catalogue (the repository's <c>workflows/</c> folder) into the database.</summary>
public static class WorkflowDefinitionSeeder
{
    /// <summary>The actor recorded as publisher of repository definitions.</summary>
    public const string Actor = "repository";

    /// <summary>
    /// Reads every <c>*.json</c> definition under <paramref name="directory"/> (subfolders included; <c>*.layout.json</c> and
    /// <c>*.schema.json</c> are skipped), and publishes each (id, version) the database does not have yet through
    /// <see cref="IWorkflowDefinitionPublisher"/> (so the engine's validation and known roles apply). Idempotent: versions
    /// already published with the same content are left alone; a file that differs from the published version with the same
    /// number is reported as skipped (publish it under a new version). Valid files are loaded even when others are invalid;
    /// then a <see cref="WorkflowDefinitionException"/> lists every problem by file, JSON path and node.
    /// Needs <c>AddRegistryWorkflows</c> and <c>AddRegistryPersistence</c>, and a migrated database.
    /// </summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="directory">The catalogue folder (e.g. the repository's <c>workflows/</c>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>What was published, left unchanged or skipped.</returns>
    public static async Task<WorkflowSeedResult> LoadRepositoryWorkflowDefinitionsAsync(this IServiceProvider services, string directory, CancellationToken cancellationToken = default) =>
        await LoadRepositoryWorkflowDefinitionsAsync(services, directory, SearchOption.AllDirectories, cancellationToken).ConfigureAwait(false);

    /// <summary>As above, reading only the top folder when <paramref name="search"/> is <see cref="SearchOption.TopDirectoryOnly"/> (a folder that also holds other JSON, such as the catalogue).</summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="directory">The folder.</param>
    /// <param name="search">Whether subfolders are read.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>What was published, left unchanged or skipped.</returns>
    public static async Task<WorkflowSeedResult> LoadRepositoryWorkflowDefinitionsAsync(this IServiceProvider services, string directory, SearchOption search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"workflow definition folder '{directory}' does not exist");
        }

        var publisher = services.GetService<IWorkflowDefinitionPublisher>()
            ?? throw new InvalidOperationException("IWorkflowDefinitionPublisher is not registered; call services.AddRegistryWorkflows() before loading definitions");
        var store = services.GetRequiredService<IWorkflowDefinitionStore>();
        var json = services.GetService<WorkflowDefinitionJson>() ?? new WorkflowDefinitionJson();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(WorkflowDefinitionSeeder).FullName!) ?? NullLogger.Instance;

        var issues = new List<DefinitionIssue>();
        var read = new List<(string File, WorkflowDefinition Definition)>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", search).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".layout.json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var relative = Path.GetRelativePath(directory, file);
            try
            {
                read.Add((relative, json.Read(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), relative)));
            }
            catch (WorkflowDefinitionException ex)
            {
                issues.AddRange(ex.Issues.Count > 0 ? ex.Issues : [new DefinitionIssue(relative, null, null, ex.Message)]);
            }
        }

        foreach (var duplicate in read.GroupBy(r => (r.Definition.Id, r.Definition.Version)).Where(g => g.Count() > 1))
        {
            issues.Add(new DefinitionIssue(string.Join(", ", duplicate.Select(d => d.File)), "$.version", null, $"{duplicate.Key.Id} v{duplicate.Key.Version} is defined by more than one file"));
        }

        var published = new List<string>();
        var unchanged = new List<string>();
        var skipped = new List<string>();
        foreach (var (file, definition) in read.OrderBy(r => r.Definition.Id, StringComparer.Ordinal).ThenBy(r => r.Definition.Version))
        {
            var key = $"{definition.Id} v{definition.Version}";
            var document = WorkflowDefinitionJson.Write(definition);
            var existing = await store.FindAsync(definition.Id, definition.Version, cancellationToken).ConfigureAwait(false);
            var same = existing is not null && WorkflowDefinitionJson.Write(existing) == document;
            if (existing?.Status == DefinitionStatus.Published)
            {
                if (same)
                {
                    unchanged.Add(key);
                }
                else
                {
                    skipped.Add($"{key} ({file}): differs from the version published in the database; give the file a new version");
                    logger.LogWarning("Workflow definition {Definition} in {File} differs from the published version in the database; not loaded", key, file);
                }

                continue;
            }

            if (existing is not null && !same)
            {
                skipped.Add($"{key} ({file}): a different draft with this version exists in the database");
                logger.LogWarning("Workflow definition {Definition} in {File}: a different draft exists in the database; not loaded", key, file);
                continue;
            }

            try
            {
                if (existing is null)
                {
                    await publisher.SaveDraftAsync(definition, cancellationToken).ConfigureAwait(false);
                }

                await publisher.PublishAsync(definition.Id, definition.Version, Actor, cancellationToken).ConfigureAwait(false);
                published.Add(key);
            }
            catch (WorkflowDefinitionException ex)
            {
                issues.AddRange(ex.Issues.Count > 0 ? ex.Issues : [new DefinitionIssue(file, null, null, ex.Message)]);
            }
        }

        if (published.Count > 0)
        {
            logger.LogInformation("Published {Count} workflow definitions from {Directory}: {Definitions}", published.Count, directory, string.Join(", ", published));
        }

        return issues.Count > 0
            ? throw new WorkflowDefinitionException(issues)
            : new WorkflowSeedResult(published, unchanged, skipped);
    }
}
