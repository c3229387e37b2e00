using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.Intake;

/// <summary>Registers the acceptance window's services.</summary>
public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAcceptanceDesk"/>, the file scan store and material names; <see cref="IntakeOptions"/> bind to
    /// the configuration section <c>Intake</c> (the host sets <see cref="IntakeOptions.ScanDirectory"/>'s default).
    /// </summary>
    public static IServiceCollection AddRegistryIntake(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IntakeOptions>();
        services.TryAddSingleton<IMaterialScanStore, FileMaterialScanStore>();
        services.TryAddSingleton<MaterialNames>();
        services.TryAddSingleton<IAcceptanceDesk, AcceptanceDesk>();
        return services;
    }
}
