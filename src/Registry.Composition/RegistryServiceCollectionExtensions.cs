using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFile;
using Registry.Application.CaseFlow;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Application.Designer;
using Registry.Application.Inspection;
using Registry.Application.Ratings;
using Registry.Application.Recording;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Persistence;
using Registry.Rules;
using Registry.Scheduling;
using Registry.Scheduling.Calendar;
using Registry.Workflows;

namespace Registry.Composition;

/// <summary>The product's services in dependency order; each layer's own extension does its part.</summary>
public static class RegistryServiceCollectionExtensions
{
    // Roles of the shipped sample definitions besides the office roles: trade and tax checks run in parallel branches.
    private static readonly string[] AuxiliaryRoles = ["examiner", "trade-officer", "tax-officer"];

    private static IEnumerable<string> WorkflowIds(RegistryDataDirectories data) =>
        Directory.EnumerateFiles(data.Workflows, "*.json")
            .Concat(Directory.Exists(data.CatalogueWorkflows) ? Directory.EnumerateFiles(data.CatalogueWorkflows, "*.json") : [])
            .Where(f => !f.EndsWith(".layout.json", StringComparison.Ordinal) && !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(f))?["id"]?.GetValue<string>())
            .Where(id => id is not null)
            .Select(id => id!);

    /// <summary>
    /// Adds the workflow engine (EF stores replace its memory stores), persistence, rules and case review, the catalogue,
    /// recording, scheduling (calendar, deadlines, expiries, outbox, Quartz jobs unless <c>Scheduling:EnableJobs</c> is
    /// false) and the case flow that ties a case to its workflow.
    /// </summary>
    public static IServiceCollection AddRegistryServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var data = RegistryDataDirectories.Resolve(configuration["Data:Directory"]);
        services.AddSingleton(data);
        var ruleSets = Directory.EnumerateFiles(data.Rules, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not null && !n.EndsWith(".schema", StringComparison.Ordinal) && n != "materials")
            .Select(n => n!)
            .ToHashSet(StringComparer.Ordinal);

        // A rule-check node names a rule set (a file in rules/) or "<definition id>.<stage>", which runs every rule of
        // that stage that applies to the case's business type (see ReviewRequest.Parse).
        foreach (var id in WorkflowIds(data))
        {
            foreach (var stage in (string[])["intake", "review", "examination", "booking", "auto-approve"])
            {
                ruleSets.Add($"{id}.{stage}");
            }
        }

        services.AddRegistryWorkflows(o =>
        {
            o.KnownRoles = RegistryRoles.All.Concat(AuxiliaryRoles).ToHashSet(StringComparer.Ordinal);
            o.KnownRuleSets = ruleSets;
            o.KnownSignals = Registry.Application.Activities.RegistrationSignals.All;
        });
        services.AddRegistryPersistence(configuration);
        services.AddRegistryRules(data.Rules);
        services.AddRegistryCaseReview();
        services.AddRegistryCatalogue(o =>
        {
            o.CatalogueDirectory = data.Catalogue;
            o.RulesDirectory = data.Rules;
        });
        services.AddRegistryRecording();
        services.AddRegistryScheduling(configuration);
        services.PostConfigure<CalendarOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(configuration["Calendar:Directory"]))
            {
                o.Directory = data.Calendars;
            }
        });
        services.AddRegistryCaseFlow(o => configuration.GetSection("Office").Bind(o));
        services.Configure<Registry.Application.Notifications.NotificationOptions>(o => configuration.GetSection(Registry.Application.Notifications.NotificationOptions.SectionName).Bind(o));
        services.AddRegistryCaseFile(data.Rules);
        Registry.Application.Documents.DocumentsServiceCollectionExtensions.AddRegistryDocuments(services);
        services.AddRegistryDesigner(data.Rules);
        services.AddRegistryInspection();
        services.AddRegistryDashboard();
        services.AddRegistryRatings();
        services.Configure<RatingOptions>(o => configuration.GetSection("Ratings").Bind(o));
        services.Configure<InspectionOptions>(o => configuration.GetSection("Inspection").Bind(o));
        services.Configure<Registry.Application.Inspection.SelfCheckRuns.SelfCheckRunOptions>(o => configuration.GetSection(Registry.Application.Inspection.SelfCheckRuns.SelfCheckRunOptions.SectionName).Bind(o));
        // Stored self-check results are keyed by the self-check rule set's version, read from the rules catalogue.
        services.AddSingleton<Registry.Application.Inspection.SelfCheckRuns.ISelfCheckRuleSetVersion, CatalogueSelfCheckRuleSetVersion>();
        return services;
    }
}
