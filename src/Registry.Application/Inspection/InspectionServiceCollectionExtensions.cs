using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.Inspection;

/// <summary>Registers quality inspection (质检).</summary>
public static class InspectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="InspectionService"/> and <see cref="ICaseInspectionFacts"/> (scoped). Needs an
    /// <see cref="IInspectionStore"/> (persistence), <c>AddRegistryCaseReview</c> and <c>AddRegistryRules</c>; options
    /// are read from <see cref="InspectionOptions"/> (bind the section <c>Inspection</c>).
    /// </summary>
    public static IServiceCollection AddRegistryInspection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<InspectionOptions>();
        services.TryAddScoped<ICaseInspectionFacts, CaseInspectionFacts>();
        services.TryAddScoped<InspectionService>();
        return services;
    }
}
