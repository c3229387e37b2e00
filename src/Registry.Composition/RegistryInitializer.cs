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
        // Official calendar years loaded after deployment (CLI or admin page) are in the database, not in calendars/.
        await services.GetRequiredService<Registry.Application.Deadlines.ICalendarAdministration>().RestoreStoredYearsAsync(cancellationToken);
        var data = services.GetRequiredService<RegistryDataDirectories>();
        await services.LoadRepositoryWorkflowDefinitionsAsync(data.Workflows, SearchOption.TopDirectoryOnly, cancellationToken);
        await services.LoadRepositoryWorkflowDefinitionsAsync(data.CatalogueWorkflows, SearchOption.TopDirectoryOnly, cancellationToken);
        // The catalogue files' type → workflow binding is the seed; a binding an admin changed is kept.
        await services.GetRequiredService<Registry.Application.Designer.IBusinessTypeWorkflows>().SeedFromCatalogueAsync(cancellationToken);
        // Rule sets likewise: the shipped files become published versions that admins edit from (idempotent).
        await Registry.Application.RuleSets.RuleSetSeeder.PublishRepositoryRuleSetsAsync(services, data.Rules, cancellationToken);
        if (services.GetRequiredService<RegistryDatabaseOptions>().SeedDemoData)
        {
            await SeedDemoDeadlinesAsync(services, cancellationToken);
            await StartDemoWorkflowsAsync(services, cancellationToken);
        }
    }

    // The demo's open cases are seeded as data; put each on its business type's workflow as the acceptor would, so the
    // examiners' worklists hold real tasks (with the review already run) on first sign-in.
    private static async Task StartDemoWorkflowsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var catalogue = services.GetRequiredService<Registry.Application.Catalogue.IBusinessTypeCatalogue>();
        var runtime = services.GetRequiredService<Registry.Workflows.Runtime.IWorkflowRuntime>();
        foreach (var (number, businessType) in await services.ListOpenCasesAsync(withoutWorkflowOnly: true, cancellationToken: cancellationToken))
        {
            await using var scope = services.CreateAsyncScope();
            var cases = scope.ServiceProvider.GetRequiredService<Registry.Application.Cases.ICaseRepository>();
            var registrationCase = await cases.FindAsync(Registry.Domain.Codes.CaseNumber.Parse(number), cancellationToken);
            if (registrationCase is null || !catalogue.TryFind(businessType, out var type) || type is null)
            {
                continue;
            }

            var actor = registrationCase.AcceptedBy;
            var instance = await Registry.Application.CaseFlow.CaseWorkflowStarter.StartAsync(runtime, registrationCase, type, actor, cancellationToken);

            registrationCase = await cases.FindAsync(registrationCase.Number, cancellationToken);
            registrationCase!.BindWorkflow(instance.Id);
            await cases.UpdateAsync(registrationCase, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<Registry.Application.Examination.CaseDecisionService>().SyncAsync(number, instance, actor, cancellationToken);
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
