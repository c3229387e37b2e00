using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Persistence;
using Registry.Persistence.Demo;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Demo;
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
        if (services.GetRequiredService<RegistryDatabaseOptions>().SeedDemoData)
        {
            await SeedDemoDeadlinesAsync(services, cancellationToken);
        }
    }

    // The demo's open cases get statutory clocks spread over green, amber and red, so the consoles show all three.
    // Repeatable: a case already tracked is left as it is.
    private static async Task SeedDemoDeadlinesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var open = await services.ListOpenCasesAsync(cancellationToken: cancellationToken);
        try
        {
            await services.GetRequiredService<DemoDeadlineSeeder>().SeedAsync(
                [.. open.Select(c => new DemoCase(c.CaseNumber, c.BusinessType))],
                services.GetRequiredService<TimeProvider>().GetUtcNow(),
                cancellationToken);
        }
        catch (CalendarYearNotLoadedException e)
        {
            services.GetService<ILoggerFactory>()?.CreateLogger(typeof(RegistryInitializer).FullName!)
                .LogWarning(e, "Demo deadlines not seeded: {Reason}", e.Message);
        }
    }
}
