using Microsoft.Extensions.Options;

namespace Registry.Workflows.Definitions;

/// <summary>Enforces draft → published and validates on publish (with the known roles and rule sets from options).</summary>
internal sealed class WorkflowDefinitionPublisher(IWorkflowDefinitionStore store, IOptions<WorkflowEngineOptions> options, Activities.IActivityRegistry registry) : IWorkflowDefinitionPublisher
{
    public async Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var existing = await store.FindAsync(definition.Id, definition.Version, cancellationToken).ConfigureAwait(false);
        if (existing?.Status == DefinitionStatus.Published)
        {
            throw new WorkflowDefinitionException($"definition {definition.Id} v{definition.Version} is published and cannot be changed; save a new version");
        }

        var draft = definition with { Status = DefinitionStatus.Draft };
        await store.SaveAsync(draft, cancellationToken).ConfigureAwait(false);
        return draft;
    }

    public Task<WorkflowDefinition> PublishAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        PublishAsync(definitionId, version, null, cancellationToken);

    public async Task<WorkflowDefinition> PublishAsync(string definitionId, int version, string? publishedBy, CancellationToken cancellationToken = default)
    {
        var draft = await store.FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false)
            ?? throw new WorkflowDefinitionException($"definition {definitionId} v{version} does not exist");
        if (draft.Status == DefinitionStatus.Published)
        {
            throw new WorkflowDefinitionException($"definition {definitionId} v{version} is already published");
        }

        var validator = new WorkflowDefinitionValidator(registry, options.Value.KnownRoles, options.Value.KnownRuleSets, options.Value.KnownSignals);
        var issues = validator.Validate(draft, $"{definitionId} v{version}");
        if (issues.Count > 0)
        {
            throw new WorkflowDefinitionException(issues);
        }

        var published = draft with { Status = DefinitionStatus.Published };
        await store.SaveAsync(published, publishedBy, cancellationToken).ConfigureAwait(false);
        return published;
    }
}
