using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.Ratings;

/// <summary>Registers 好差评 ratings.</summary>
public static class RatingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="RatingService"/> and <see cref="SatisfactionIndicators"/> (scoped). Needs an <see cref="IRatingStore"/> (persistence), the progress query,
    /// <c>AddRegistryInspection</c> (the deciding examiner) and the office calendar (<c>IBusinessCalendar</c>); options
    /// from <see cref="RatingOptions"/> (bind the section <c>Ratings</c>).
    /// </summary>
    public static IServiceCollection AddRegistryRatings(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RatingOptions>();
        services.TryAddScoped<RatingService>();
        services.TryAddScoped<SatisfactionIndicators>();
        return services;
    }
}
