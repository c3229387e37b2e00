using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Workflows;

/// <summary>Registers the workflow engine.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime, the publisher and in-memory stores (replace <see cref="IWorkflowInstanceStore"/>,
    /// <see cref="IWorkTaskQuery"/> and <see cref="IWorkflowDefinitionStore"/> by registering your own before this call —
    /// registrations here use TryAdd — or by replacing them after it).
    /// The application registers the ports the built-in kinds need (<see cref="IRuleSetRunner"/>,
    /// <see cref="INotificationSender"/>, <see cref="IBusinessCalendar"/>), its own node kinds as <see cref="IHostedActivity"/>
    /// singletons (gathered into the <see cref="IActivityRegistry"/>), and a <see cref="TimeProvider"/> (System by default).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional options setup (known roles and rule sets, display offset).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRegistryWorkflows(this IServiceCollection services, Action<WorkflowEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WorkflowEngineOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>();
        services.TryAddSingleton<InMemoryWorkflowInstanceStore>();
        services.TryAddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<InMemoryWorkflowInstanceStore>());
        services.TryAddSingleton<IWorkTaskQuery>(sp => sp.GetRequiredService<InMemoryWorkflowInstanceStore>());
        services.TryAddSingleton<IWorkflowDefinitionPublisher, WorkflowDefinitionPublisher>();
        services.TryAddSingleton(sp => new ActivityPorts(
            sp.GetService<IRuleSetRunner>(),
            sp.GetService<INotificationSender>(),
            sp.GetService<IBusinessCalendar>(),
            sp.GetService<IStepIsolation>()));
        services.TryAddSingleton(sp => new ActivityRegistry(sp.GetServices<IHostedActivity>()));
        services.TryAddSingleton<IActivityRegistry>(sp => sp.GetRequiredService<ActivityRegistry>());
        services.TryAddSingleton<IWorkflowRuntime, WorkflowEngine>();
        services.TryAddSingleton<WorkflowDefinitionJson>();
        return services;
    }
}
