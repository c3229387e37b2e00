using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Workflows.Runtime;

namespace Registry.Application.Worklist;

/// <summary>Registers the worklist (待办) and its live-update events.</summary>
public static class WorklistServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IWorklist"/> and <see cref="WorklistExport"/>, the singleton <see cref="IWorklistEvents"/>, and wraps the registered
    /// <see cref="IWorkflowRuntime"/> in <see cref="WorklistEventsRuntime"/> so every committed task change is announced.
    /// Call after the engine is registered; needs an <see cref="IWorklistQuery"/> and <see cref="IWorklistExportQuery"/> (persistence).
    /// </summary>
    public static IServiceCollection AddRegistryWorklist(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IWorklist, WorklistService>();
        services.TryAddScoped<WorklistExport>();
        if (services.Any(d => d.ServiceType == typeof(WorklistEventsAdded)))
        {
            // Already added: wrapping the runtime twice would raise every change twice.
            return services;
        }

        services.AddSingleton<WorklistEventsAdded>();
        // A backplane registered before (several web nodes on one server database) is kept.
        services.TryAddSingleton<IWorklistEvents, InProcessWorklistEvents>();
        var runtime = services.LastOrDefault(d => d.ServiceType == typeof(IWorkflowRuntime));
        if (runtime is null)
        {
            return services;
        }

        services.Remove(runtime);
        services.Add(ServiceDescriptor.Describe(
            typeof(IWorkflowRuntime),
            sp => new WorklistEventsRuntime(Inner(sp, runtime), sp.GetRequiredService<IWorklistEvents>(), sp.GetService<Transactions.ICaseCommandTransaction>()),
            runtime.Lifetime));
        return services;
    }

    private sealed class WorklistEventsAdded
    {
    }

    private static IWorkflowRuntime Inner(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IWorkflowRuntime)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
