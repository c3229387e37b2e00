using Registry.Web.Components;
using Registry.Web.Localization;

namespace Registry.Web.Hosting;

/// <summary>Middleware and endpoints of the web host, in pipeline order.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseRegistryWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRegistryLocalization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapRegistryWeb(this WebApplication app)
    {
        app.MapRegistryHealth();
        app.MapCultureEndpoints();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
