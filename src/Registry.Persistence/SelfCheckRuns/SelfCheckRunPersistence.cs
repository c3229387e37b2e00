using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Inspection.SelfCheckRuns;

namespace Registry.Persistence.SelfCheckRuns;

/// <summary>Registers the self-check run store (called once from AddRegistryPersistence).</summary>
internal static class SelfCheckRunPersistence
{
    public static IServiceCollection AddSelfCheckRunStore(this IServiceCollection services)
    {
        services.TryAddSingleton<ISelfCheckRunStore, EfSelfCheckRunStore>();
        return services;
    }
}
