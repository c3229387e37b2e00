using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.RuleSets;

namespace Registry.Persistence.RuleSets;

/// <summary>Registers the rule-set version store (called once from AddRegistryPersistence).</summary>
internal static class RuleSetPersistence
{
    public static IServiceCollection AddRuleSetVersionStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IRuleSetVersionStore, EfRuleSetVersionStore>();
        return services;
    }
}
