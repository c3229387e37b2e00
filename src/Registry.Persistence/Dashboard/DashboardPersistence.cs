using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Dashboard;

namespace Registry.Persistence.Dashboard;

/// <summary>Registers the dashboard's queries and the figures writer (called once from AddRegistryPersistence).</summary>
internal static class DashboardPersistence
{
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        services.TryAddSingleton<IDashboardQueries, EfDashboardQueries>();
        services.TryAddSingleton<ICaseFiguresWriter, EfCaseFiguresWriter>();
        return services;
    }
}
