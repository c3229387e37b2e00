using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Api;

namespace Registry.Persistence.Api;

/// <summary>Registers the API clients, submissions and journal stores.</summary>
internal static class ApiPersistence
{
    public static IServiceCollection AddApiStores(this IServiceCollection services)
    {
        services.TryAddSingleton<EfApiStores>();
        services.TryAddSingleton<IApiClientStore>(sp => sp.GetRequiredService<EfApiStores>());
        services.TryAddSingleton<IApiSubmissionStore>(sp => sp.GetRequiredService<EfApiStores>());
        services.TryAddSingleton<IApiJournal>(sp => sp.GetRequiredService<EfApiStores>());
        services.TryAddSingleton<IApiServerKeyStore, EfApiServerKeyStore>();
        return services;
    }
}
