using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Application.Review;

namespace Registry.Application.Inspection;

/// <summary>Registers quality inspection (质检).</summary>
public static class InspectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="InspectionService"/> and <see cref="ICaseInspectionFacts"/> (scoped), and the stored self-check
    /// runs: <see cref="SelfCheckRunService"/> and <see cref="UnattendedSelfCheck"/> (scoped), the background launcher and
    /// <see cref="SelfCheckRunProgressFeed"/> (singletons). Needs an <see cref="IInspectionStore"/> and an
    /// <see cref="ISelfCheckRunStore"/> (persistence), an <see cref="ISelfCheckRuleSetVersion"/> (composition root),
    /// <c>AddRegistryCaseReview</c> and <c>AddRegistryRules</c>; options are read from <see cref="InspectionOptions"/>
    /// (bind the section <c>Inspection</c>) and <see cref="SelfCheckRunOptions"/> (section <c>SelfCheck</c>).
    /// </summary>
    public static IServiceCollection AddRegistryInspection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<InspectionOptions>();
        services.TryAddScoped<ICaseInspectionFacts, CaseInspectionFacts>();
        services.TryAddScoped<InspectionService>();

        services.AddOptions<SelfCheckRunOptions>();
        services.TryAddSingleton<SelfCheckRunProgressFeed>();
        services.TryAddSingleton<ISelfCheckRunLauncher>(sp => new BackgroundSelfCheckRunLauncher(
            sp.GetRequiredService<IServiceScopeFactory>(), Logger<BackgroundSelfCheckRunLauncher>(sp)));
        services.TryAddScoped(sp => new SelfCheckRunExecutor(
            sp.GetRequiredService<ISelfCheckRunStore>(),
            sp.GetRequiredService<FinishedCaseFactsBuilder>(),
            sp.GetRequiredService<ISelfCheckRunner>(),
            sp.GetRequiredService<SelfCheckRunProgressFeed>(),
            sp.GetRequiredService<IOptions<SelfCheckRunOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped<SelfCheckRunService>();
        services.TryAddScoped(sp => new UnattendedSelfCheck(
            sp.GetRequiredService<ISelfCheckRunStore>(),
            sp.GetRequiredService<SelfCheckRunExecutor>(),
            sp.GetRequiredService<ISelfCheckRuleSetVersion>(),
            sp.GetRequiredService<IOptions<SelfCheckRunOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            Logger<UnattendedSelfCheck>(sp)));
        services.TryAddScoped<INightlySelfCheck>(sp => sp.GetRequiredService<UnattendedSelfCheck>());
        return services;
    }

    private static ILogger<T> Logger<T>(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
