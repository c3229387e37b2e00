using MudBlazor.Services;
using Registry.Composition;
using Registry.Designer.Canvas;
using Registry.Web.Components.Intake;
using Registry.Web.Components.Progress;
using Registry.Web.Components.Verification;
using Registry.Web.Documents;
using Registry.Web.Localization;
using Registry.Web.Security;

namespace Registry.Web.Hosting;

/// <summary>Services of the web host: Blazor Server, MudBlazor, localization, health checks, sign-in.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryWeb(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(CircuitLimits.Apply);
        services.AddMudServices();
        services.AddRegistryLocalization();
        // The database every request needs (and, when the scheduler runs, Quartz's own check from AddRegistryScheduling).
        services.AddHealthChecks().AddDbContextCheck<Registry.Persistence.RegistryDbContext>("database");
        services.AddRegistrySecurity();
        services.AddRegistryIntakeWindow();
        services.AddProgressRateLimit(configuration ?? new ConfigurationBuilder().Build());
        services.AddVerificationRateLimit(configuration ?? new ConfigurationBuilder().Build());
        services.AddRegistryDocumentPdfs(configuration ?? new ConfigurationBuilder().Build());
        // Large Excel exports run in the background with a progress bar, one per person and table.
        services.AddSingleton<Exports.ExportJobs>();
        // Layouts (positions only) beside the shipped definitions, read by the case page's diagram and saved by the canvas editor.
        services.AddRegistryCanvas(sp => sp.GetRequiredService<RegistryDataDirectories>().Workflows);
        return services;
    }
}
