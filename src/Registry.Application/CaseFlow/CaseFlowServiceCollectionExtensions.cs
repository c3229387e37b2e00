using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Worklist;
using Registry.Workflows.Ports;

namespace Registry.Application.CaseFlow;

/// <summary>Wires a registration case through the engine: acceptance, decisions, and the engine's record, certificate and notify ports.</summary>
public static class CaseFlowServiceCollectionExtensions
{
    /// <summary>
    /// Adds acceptance (<see cref="AcceptanceService"/>), decisions (<see cref="CaseDecisionService"/>) and the registration
    /// implementations of the engine's ports. Needs the catalogue, recording, case review, persistence and scheduling services.
    /// </summary>
    public static IServiceCollection AddRegistryCaseFlow(this IServiceCollection services, Action<OfficeOptions>? configureOffice = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var office = services.AddOptions<OfficeOptions>();
        if (configureOffice is not null)
        {
            office.Configure(configureOffice);
        }

        // One case command, one transaction: the database composition replaces the pass-through with the real one.
        services.TryAddSingleton<Transactions.ICaseCommandTransaction, Transactions.PassThroughCaseCommandTransaction>();
        services.TryAddSingleton<Transactions.CrashPoints>();
        services.Replace(ServiceDescriptor.Singleton<IStepIsolation, Transactions.TransactionStepIsolation>());
        services.Replace(ServiceDescriptor.Singleton<IRecordWriter, CaseRecordWriter>());
        services.Replace(ServiceDescriptor.Singleton<ICertificateIssuer, CaseCertificateIssuer>());
        services.Replace(ServiceDescriptor.Singleton<INotificationSender, OutboxWorkflowNotifier>());
        Activities.RegistrationActivityServiceCollectionExtensions.AddRegistrationActivities(services);
        Designer.DesignerServiceCollectionExtensions.AddRegistryWorkflowBindings(services);
        services.Replace(ServiceDescriptor.Singleton<Expiries.IRegisterExpiryHandler, RegisterExpiryHandler>());
        services.AddOptions<Notifications.NotificationOptions>();
        services.TryAddSingleton<Notifications.Applicants.ApplicantNotifier>();
        services.TryAddScoped<AcceptanceService>();
        services.TryAddScoped<Progress.ApplicantProgressQuery>();
        services.TryAddScoped<CaseDecisionService>();
        services.TryAddScoped<CaseTimers>();
        services.TryAddScoped<CaseIncidents>();
        services.AddRegistryWorklist();
        return services;
    }
}
