using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Review.Reporting;
using Registry.Workflows.Ports;

namespace Registry.Application.Review;

/// <summary>Registers the case review use cases.</summary>
public static class ReviewServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReviewFactsBuilder"/>, <see cref="FinishedCaseFactsBuilder"/>, <see cref="SelfCheckService"/> (scoped),
    /// the outbox-backed <see cref="IBookingReports"/>, a <see cref="WeekdayCounter"/> unless an <see cref="IWorkingDayCounter"/> is registered, and <see cref="CaseRuleSetRunner"/>
    /// as the engine's <see cref="IRuleSetRunner"/>, replacing any earlier registration. Needs <c>AddRegistryRules</c>
    /// (the evaluator and self-check runner) and the persistence registrations (cases, review runs, shared data, register).
    /// </summary>
    public static IServiceCollection AddRegistryCaseReview(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkingDayCounter, WeekdayCounter>();
        services.TryAddScoped<ReviewFactsBuilder>();
        services.TryAddScoped<FinishedCaseFactsBuilder>();
        services.TryAddScoped<SelfCheckService>();
        services.TryAddSingleton<IBookingReports, OutboxBookingReports>();
        services.TryAddSingleton<CaseRuleSetRunner>();
        services.Replace(ServiceDescriptor.Singleton<IRuleSetRunner>(sp => sp.GetRequiredService<CaseRuleSetRunner>()));
        return services;
    }
}
