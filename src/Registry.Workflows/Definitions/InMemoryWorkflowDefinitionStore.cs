using System.Collections.Concurrent;

namespace Registry.Workflows.Definitions;

/// <summary>Definition versions kept in memory (tests, benchmarks, and the shipped catalogue before a database exists).</summary>
internal sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly ConcurrentDictionary<(string Id, int Version), WorkflowDefinition> _versions = new();

    public Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        Task.FromResult(_versions.GetValueOrDefault((definitionId, version)));

    public Task<WorkflowDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_versions.Values
            .Where(d => d.Id == definitionId && d.Status == DefinitionStatus.Published)
            .MaxBy(d => d.Version));

    public Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkflowDefinition>>(_versions.Values.Where(d => d.Id == definitionId).OrderBy(d => d.Version).ToList());

    public Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default) =>
        SaveAsync(definition, null, cancellationToken);

    public Task SaveAsync(WorkflowDefinition definition, string? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _versions[(definition.Id, definition.Version)] = definition;
        return Task.CompletedTask;
    }
}
