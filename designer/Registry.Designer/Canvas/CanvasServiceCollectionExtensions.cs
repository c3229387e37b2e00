using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Registry.Designer.Canvas;

/// <summary>Registers the workflow canvas's services.</summary>
public static class CanvasServiceCollectionExtensions
{
    /// <summary>Adds the canvas's node kinds (from the engine's activity descriptors) and the layout store reading and writing <c>*.layout.json</c> under the folder given.</summary>
    /// <param name="services">The services.</param>
    /// <param name="workflowsDirectory">Resolves the workflows folder (e.g. the data directory's <c>workflows/</c>).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRegistryCanvas(this IServiceCollection services, Func<IServiceProvider, string> workflowsDirectory)
    {
        // The palette and property fields come from the engine's descriptors (AddRegistryWorkflows registers them).
        services.TryAddSingleton<CanvasNodeKinds>();
        services.TryAddSingleton<IWorkflowLayoutStore>(sp =>
            new FileWorkflowLayoutStore(workflowsDirectory(sp), sp.GetRequiredService<ILogger<FileWorkflowLayoutStore>>()));
        return services;
    }
}
