using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.Recording;

/// <summary>DI registration of the register effects (登簿).</summary>
public static class RecordingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IRegisterEffectApplier"/> (singleton; uses the registered <see cref="TimeProvider"/> or the system clock).</summary>
    public static IServiceCollection AddRegistryRecording(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRegisterEffectApplier, RegisterEffectApplier>();
        return services;
    }
}
