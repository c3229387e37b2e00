using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Review;

namespace Registry.Rules;

/// <summary>Registers the rules layer.</summary>
public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Loads and compiles the rule sets in <paramref name="rulesDirectory"/> once (fails fast on invalid rules), builds
    /// their NRules session factories and registers the NRules <see cref="IRuleSetEvaluator"/> and
    /// <see cref="ISelfCheckRunner"/> as singletons (thread-safe: each evaluation opens its own session).
    /// </summary>
    public static IServiceCollection AddRegistryRules(this IServiceCollection services, string rulesDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        var cache = new RuleSetCompilationCache();
        var catalogue = RuleSetCatalogue.LoadDirectory(rulesDirectory, cache);
        services.AddSingleton(cache);
        services.AddSingleton(catalogue);
        services.AddSingleton(catalogue.CreateEvaluator());
        services.AddSingleton(catalogue.CreateSelfCheckRunner());
        return services;
    }
}
