using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Inspection;

namespace Registry.Persistence.Inspection;

/// <summary>Registers the inspection store (called once from AddRegistryPersistence).</summary>
internal static class InspectionPersistence
{
    public static IServiceCollection AddInspectionStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IInspectionStore, EfInspectionStore>();
        return services;
    }
}
