using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Persistence.Workflows;

/// <summary>Registers the durable workflow stores in place of the engine's in-memory ones.</summary>
internal static class WorkflowPersistenceRegistration
{
    /// <summary>
    /// Replaces any registered <see cref="IWorkflowInstanceStore"/>, <see cref="IWorkTaskQuery"/> and
    /// <see cref="IWorkflowDefinitionStore"/> (AddRegistryWorkflows uses TryAdd, so this works before or after it).
    /// On SQLite, also applies <c>Database:SqliteSynchronous</c> to every connection (see <see cref="SqliteSynchronousInterceptor"/>).
    /// </summary>
    public static IServiceCollection AddWorkflowStores(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider)
    {
        string? synchronous = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            synchronous = SqliteSynchronousInterceptor.Mode(configuration["Database:SqliteSynchronous"]);
            var interceptor = new SqliteSynchronousInterceptor(synchronous);
            services.ConfigureDbContext<RegistryDbContext>(builder => builder.AddInterceptors(interceptor), ServiceLifetime.Singleton);
        }

        services.RemoveAll<IWorkflowInstanceStore>();
        services.RemoveAll<IWorkTaskQuery>();
        services.RemoveAll<IWorkflowDefinitionStore>();
        // Workflow steps are many small calls: the instance store gets its own pool of contexts (same options, so the same
        // provider, connection and interceptors) instead of building a new context per call.
        services.TryAddSingleton<WorkflowContextPool>(sp =>
        {
            var options = sp.GetRequiredService<DbContextOptions<RegistryDbContext>>();
            return new(new Transactions.AmbientDbContextFactory(new PooledDbContextFactory<RegistryDbContext>(options), options, sp.GetRequiredService<Transactions.AmbientCommand>(), sp.GetRequiredService<Transactions.CommandContexts>()));
        });
        // On SQLite the instance store loads and commits on its own open connections with prepared statements (the same
        // synchronous setting as every other connection).
        services.TryAddSingleton(sp => new EfWorkflowInstanceStore(sp.GetRequiredService<WorkflowContextPool>().Factory, synchronous, ambient: sp.GetRequiredService<Transactions.AmbientCommand>(), keys: sp.GetRequiredService<Ledger.LedgerKeyRing>()));
        services.AddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<EfWorkflowInstanceStore>());
        services.TryAddSingleton<IWorkflowJournalVerifier>(sp => sp.GetRequiredService<EfWorkflowInstanceStore>());
        services.TryAddSingleton(sp => new EfWorkTaskQuery(sp.GetRequiredService<WorkflowContextPool>().Factory));
        services.AddSingleton<IWorkTaskQuery>(sp => sp.GetRequiredService<EfWorkTaskQuery>());
        services.AddSingleton<Application.Worklist.IWorklistQuery>(sp => sp.GetRequiredService<EfWorkTaskQuery>());
        services.AddSingleton<Application.Worklist.IWorklistExportQuery>(sp => sp.GetRequiredService<EfWorkTaskQuery>());
        services.AddSingleton<IWorkflowDefinitionStore>(sp => new EfWorkflowDefinitionStore(sp.GetRequiredService<WorkflowContextPool>().Factory, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<Application.Designer.IWorkflowDefinitionVersions>(sp => new EfWorkflowDefinitionVersions(sp.GetRequiredService<WorkflowContextPool>().Factory));
        services.RemoveAll<Application.Designer.IBusinessTypeWorkflowStore>();
        services.AddSingleton<Application.Designer.IBusinessTypeWorkflowStore>(sp => new EfBusinessTypeWorkflowStore(sp.GetRequiredService<WorkflowContextPool>().Factory));
        return services;
    }
}

/// <summary>The workflow stores' own pool of <see cref="RegistryDbContext"/> instances (one per provider).</summary>
/// <param name="Factory">The pooled factory.</param>
internal sealed record WorkflowContextPool(IDbContextFactory<RegistryDbContext> Factory);
