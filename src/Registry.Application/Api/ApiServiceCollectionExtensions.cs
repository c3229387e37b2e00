using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Cases;

namespace Registry.Application.Api;

/// <summary>Registers the API's use cases (filing, case query, client registration, result webhooks).</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the API use cases and wraps the registered <see cref="ICaseRepository"/> so that case results reach their
    /// filing client by webhook. Call after the persistence stores are registered.
    /// </summary>
    public static IServiceCollection AddRegistryApiUseCases(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ApiApplicationDesk>();
        services.TryAddScoped<ApiCaseQuery>();
        services.TryAddScoped<ApiClientRegistration>();
        services.TryAddSingleton<ApiResultWebhooks>();

        var store = services.LastOrDefault(s => s.ServiceType == typeof(ICaseRepository))
            ?? throw new InvalidOperationException("Register the case store (AddRegistryPersistence) before AddRegistryApiUseCases.");
        services.Remove(store);
        services.Add(new ServiceDescriptor(
            typeof(ICaseRepository),
            sp => new WebhookOnResultCaseRepository(Resolve(sp, store), sp.GetRequiredService<ApiResultWebhooks>()),
            store.Lifetime));
        return services;
    }

    private static ICaseRepository Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ICaseRepository)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
