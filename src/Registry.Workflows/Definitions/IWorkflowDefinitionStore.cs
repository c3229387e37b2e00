namespace Registry.Workflows.Definitions;

/// <summary>Persists definition versions. Rules about drafts and published versions live in <see cref="IWorkflowDefinitionPublisher"/>, not here.</summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>Finds one version.</summary>
    /// <param name="definitionId">The definition id.</param>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The version, or null.</returns>
    Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>Finds the highest published version.</summary>
    /// <param name="definitionId">The definition id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The version, or null when none is published.</returns>
    Task<WorkflowDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Lists every version of a definition, lowest first.</summary>
    /// <param name="definitionId">The definition id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The versions.</returns>
    Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a version (keyed by id and version).</summary>
    /// <param name="definition">The definition version.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task that completes when saved.</returns>
    Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or replaces a version, recording who saved it (a durable store keeps who published a version and when).
    /// A durable store refuses to change a published version (<see cref="WorkflowDefinitionException"/>).
    /// </summary>
    /// <param name="definition">The definition version.</param>
    /// <param name="actor">Who saves or publishes it, if known.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task that completes when saved.</returns>
    Task SaveAsync(WorkflowDefinition definition, string? actor, CancellationToken cancellationToken = default);
}
