namespace Registry.Workflows.Definitions;

/// <summary>Drafts and publishing: a published version is immutable; publishing validates and rejects a definition with issues.</summary>
public interface IWorkflowDefinitionPublisher
{
    /// <summary>Saves a draft version; throws <see cref="WorkflowDefinitionException"/> if that version is already published.</summary>
    /// <param name="definition">The draft (its status is forced to draft).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The saved draft.</returns>
    Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Validates and publishes a draft version; throws <see cref="WorkflowDefinitionException"/> listing every issue by node.</summary>
    /// <param name="definitionId">The definition id.</param>
    /// <param name="version">The draft version.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The published version.</returns>
    Task<WorkflowDefinition> PublishAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>Validates and publishes a draft version, recording who published it.</summary>
    /// <param name="definitionId">The definition id.</param>
    /// <param name="version">The draft version.</param>
    /// <param name="publishedBy">Who publishes it (kept by a durable store).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The published version.</returns>
    Task<WorkflowDefinition> PublishAsync(string definitionId, int version, string? publishedBy, CancellationToken cancellationToken = default);
}
