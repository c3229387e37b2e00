using Microsoft.EntityFrameworkCore;
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
        if (provider == DatabaseProvider.Sqlite)
        {
            var interceptor = new SqliteSynchronousInterceptor(SqliteSynchronousInterceptor.Mode(configuration["Database:SqliteSynchronous"]));
            services.ConfigureDbContext<RegistryDbContext>(builder => builder.AddInterceptors(interceptor), ServiceLifetime.Singleton);
        }

        services.RemoveAll<IWorkflowInstanceStore>();
        services.RemoveAll<IWorkTaskQuery>();
        services.RemoveAll<IWorkflowDefinitionStore>();
        services.TryAddSingleton<EfWorkflowInstanceStore>();
        services.AddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<EfWorkflowInstanceStore>());
        services.TryAddSingleton<IWorkflowJournalVerifier>(sp => sp.GetRequiredService<EfWorkflowInstanceStore>());
        services.AddSingleton<IWorkTaskQuery, EfWorkTaskQuery>();
        services.AddSingleton<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        return services;
    }
}
