using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Review;

namespace Registry.Application.Dashboard;

/// <summary>Registers the indicators dashboard (指标看板).</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DashboardService"/> (scoped). Needs an <see cref="IDashboardQueries"/> and the inspection store
    /// (persistence), the catalogue and an <see cref="IWorkingDayCounter"/> (the scheduling calendar in the host; Monday to
    /// Friday when none is registered).
    /// </summary>
    public static IServiceCollection AddRegistryDashboard(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkingDayCounter, WeekdayCounter>();
        services.TryAddScoped<DashboardService>();
        return services;
    }
}
