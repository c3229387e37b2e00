using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Workflows.Activities;

namespace Registry.Application.Activities;

/// <summary>Registers registration's node kinds with the workflow engine.</summary>
public static class RegistrationActivityServiceCollectionExtensions
{
    /// <summary>
    /// Adds the 登簿 record and 缮证 certificate kinds as <see cref="IHostedActivity"/> (idempotent). They call the
    /// <see cref="Registry.Workflows.Ports.IRecordWriter"/> and <see cref="Registry.Workflows.Ports.ICertificateIssuer"/>
    /// registered when a step runs.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRegistrationActivities(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedActivity, RecordStepActivity>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedActivity, CertificateStepActivity>());
        return services;
    }
}
