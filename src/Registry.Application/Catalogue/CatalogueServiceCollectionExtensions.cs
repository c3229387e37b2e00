using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.Catalogue;

/// <summary>DI registration of the business-type catalogue.</summary>
public static class CatalogueServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBusinessTypeCatalogue"/> as a singleton loaded (and validated) from the directories in
    /// <paramref name="configure"/> on first use; an invalid catalogue throws <see cref="CatalogueValidationException"/>.
    /// </summary>
    public static IServiceCollection AddRegistryCatalogue(this IServiceCollection services, Action<CatalogueOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new CatalogueOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(_ => BusinessTypeCatalogueLoader.Load(options));
        return services;
    }
}
