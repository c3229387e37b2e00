using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Activities;

namespace Registry.Application.Designer;

/// <summary>Registers the designer console's use cases (设计器).</summary>
public static class DesignerServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IWorkflowDesigner"/>, <see cref="IWorkflowBindingDesigner"/> (with the bindings it edits) and
    /// <see cref="IRuleSetListing"/> over <paramref name="rulesDirectory"/>, and registration's node kinds the designer validates.
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
        services.TryAddScoped<IWorkflowBindingDesigner, WorkflowBindingDesignerService>();
        // Migration and alterations run case commands: they need the case flow (AddRegistryCaseFlow) when resolved.
        services.TryAddScoped<Migration.IInstanceMigration, Migration.InstanceMigrationService>();
        services.TryAddScoped<Alterations.ICaseAlterations, Alterations.CaseAlterationsService>();
        services.AddRegistryWorkflowBindings();
        services.AddRegistrationActivities();
        services.TryAddSingleton<IRuleSetListing>(new JsonFileRuleSetListing(rulesDirectory));
        services.TryAddScoped<RuleSets.IRuleSetPublishing, RuleSets.RuleSetPublishingService>();
        services.TryAddScoped<RuleSets.IRuleSetDryRun, RuleSets.RuleSetDryRunService>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="IBusinessTypeWorkflows"/> (which definition a new case of a type starts on) over an in-memory
    /// <see cref="IBusinessTypeWorkflowStore"/> unless one is registered (persistence registers the database's). Idempotent.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRegistryWorkflowBindings(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IBusinessTypeWorkflowStore, InMemoryBusinessTypeWorkflowStore>();
        services.TryAddSingleton<IBusinessTypeWorkflows, StoredBusinessTypeWorkflows>();
        return services;
    }
}
