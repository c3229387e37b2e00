using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence;
using Registry.Persistence.Workflows;

namespace Registry.Composition;

/// <summary>First run and every start: the database is migrated, demo data loaded into an empty one, and the shipped
/// workflow definitions published (only versions not yet in the database; published versions never change).</summary>
public static class RegistryInitializer
{
    /// <summary>Migrates, seeds and publishes.</summary>
    public static async Task InitializeRegistryAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.InitializeRegistryDatabaseAsync(cancellationToken);
        var data = services.GetRequiredService<RegistryDataDirectories>();
        await services.LoadRepositoryWorkflowDefinitionsAsync(data.Workflows, SearchOption.TopDirectoryOnly, cancellationToken);
        await services.LoadRepositoryWorkflowDefinitionsAsync(data.CatalogueWorkflows, SearchOption.TopDirectoryOnly, cancellationToken);
    }
}
