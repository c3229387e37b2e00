using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.Designer;

/// <summary>Registers the designer console's use cases (设计器).</summary>
public static class DesignerServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IWorkflowDesigner"/> and <see cref="IRuleSetListing"/> over <paramref name="rulesDirectory"/>.
    /// Needs the engine (<c>AddRegistryWorkflows</c>) and an <see cref="IWorkflowDefinitionVersions"/> (persistence).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="rulesDirectory">The repository's <c>rules/</c> folder.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRegistryDesigner(this IServiceCollection services, string rulesDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesDirectory);
        services.TryAddScoped<IWorkflowDesigner, WorkflowDesignerService>();
        services.TryAddSingleton<IRuleSetListing>(new JsonFileRuleSetListing(rulesDirectory));
        services.TryAddScoped<RuleSets.IRuleSetPublishing, RuleSets.RuleSetPublishingService>();
        services.TryAddScoped<RuleSets.IRuleSetDryRun, RuleSets.RuleSetDryRunService>();
        return services;
    }
}
