using Registry.Application.Catalogue;

namespace Registry.Application.Designer;

/// <summary>Reads the stored binding on every call (one key lookup), so a new binding applies to the very next case.</summary>
internal sealed class StoredBusinessTypeWorkflows(IBusinessTypeWorkflowStore store, IBusinessTypeCatalogue catalogue, TimeProvider time) : IBusinessTypeWorkflows
{
    /// <summary>Who the seeded bindings name as having bound them.</summary>
    public const string CatalogueActor = "catalogue";

    public async Task<string> WorkflowIdAsync(BusinessType type, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        var binding = await store.FindAsync(type.Code, cancellationToken).ConfigureAwait(false);
        return binding?.DefinitionId ?? type.WorkflowId;
    }

    public Task<int> SeedFromCatalogueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return store.AddMissingAsync([.. catalogue.All.Select(t => new BusinessTypeWorkflowBinding(t.Code, t.WorkflowId, now, CatalogueActor))], cancellationToken);
    }
}
