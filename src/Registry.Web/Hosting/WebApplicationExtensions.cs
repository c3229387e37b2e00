using Registry.Web.Api;
using Registry.Web.Components;
using Registry.Web.Localization;
using Registry.Web.Security;

namespace Registry.Web.Hosting;

/// <summary>Middleware and endpoints of the web host, in pipeline order.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseRegistryWeb(this WebApplication app)
    {
        app.UseRegistrySecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts(); // only on HTTPS responses; Development keeps browsers free to use plain HTTP on localhost
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRegistryApiProblems();
        app.UseRegistryLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: the API's limits are per authenticated client; the public progress page's look-ups
        // (ProgressRateLimit) are per address. Once only: a second UseRateLimiter would take two permits a request.
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapRegistryWeb(this WebApplication app)
    {
        app.MapRegistryHealth();
        app.MapCultureEndpoints();
        app.MapAccountEndpoints();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(typeof(Registry.Designer.Resources.DesignerResource).Assembly);
        return app;
    }
}
