using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Cases;
using Registry.Application.Review;
using Registry.Application.SharedData;
using Registry.Persistence.SharedData;

namespace Registry.Persistence.Cases;

/// <summary>Registers the case, review-run and shared-data stores (called once from AddRegistryPersistence).</summary>
internal static class CaseServiceRegistration
{
    public static IServiceCollection AddCaseStores(this IServiceCollection services)
    {
        services.TryAddSingleton<ICaseRepository, EfCaseRepository>();
        services.TryAddSingleton<IReviewRunStore, EfReviewRunStore>();
        services.TryAddSingleton<ISharedDataProvider, EfSharedDataProvider>();
        return services;
    }
}
