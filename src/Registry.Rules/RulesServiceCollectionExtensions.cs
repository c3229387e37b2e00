using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Application.Review;
using Registry.Application.RuleSets;
using Registry.Rules.Publishing;

namespace Registry.Rules;

/// <summary>Registers the rules layer.</summary>
public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Loads and compiles the rule sets in <paramref name="rulesDirectory"/> once (fails fast on invalid rules), builds
    /// their NRules session factories and registers the NRules <see cref="IRuleSetEvaluator"/> and
    /// <see cref="ISelfCheckRunner"/> as singletons (thread-safe: each evaluation opens its own session). When an
    /// <see cref="IRuleSetVersionStore"/> is registered (persistence), they run the rule-set versions published in the
    /// database instead, seeing a new publish at the next review without a restart; the files run until anything is
    /// published.
    /// </summary>
    public static IServiceCollection AddRegistryRules(this IServiceCollection services, string rulesDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        var cache = new RuleSetCompilationCache();
        var catalogue = RuleSetCatalogue.LoadDirectory(rulesDirectory, cache);
        services.AddSingleton(cache);
        services.AddSingleton(catalogue);
        services.AddSingleton(sp => new PublishedRuleSets(
            catalogue,
            sp.GetRequiredService<IRuleSetVersionStore>(),
            cache,
            sp.GetService<ILogger<PublishedRuleSets>>() ?? NullLogger<PublishedRuleSets>.Instance));
        services.AddSingleton(sp => sp.GetService<IRuleSetVersionStore>() is null
            ? catalogue.CreateEvaluator()
            : new PublishedRuleSetEvaluator(sp.GetRequiredService<PublishedRuleSets>()));
        services.AddSingleton(sp => sp.GetService<IRuleSetVersionStore>() is null
            ? catalogue.CreateSelfCheckRunner()
            : new PublishedSelfCheckRunner(sp.GetRequiredService<PublishedRuleSets>()));
        services.AddSingleton<IRuleSetDraftEngine>(sp => new RuleSetDraftEngine(
            catalogue,
            sp.GetService<IRuleSetVersionStore>() is null ? null : sp.GetRequiredService<PublishedRuleSets>(),
            cache,
            sp.GetService<Registry.Application.Catalogue.IBusinessTypeCatalogue>()));
        return services;
    }
}
