using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Routing;

namespace Registry.Web.Components;

public partial class App
{
    // Interactive server everywhere, without prerendering: every page loads its data once, over the
    // circuit, and the UI a user (or a browser test) sees is already interactive.
    private static readonly IComponentRenderMode InteractiveServerNoPrerender = new InteractiveServerRenderMode(prerender: false);

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    // The import map is the one inline script; the Content-Security-Policy allows it by this request's nonce.
    private string Nonce => Registry.Web.Security.SecurityHeaders.Nonce(HttpContext);

    // The error page renders statically so it works even when the circuit cannot start; the sign-in pages
    // ([ExcludeFromInteractiveRouting]) render statically because setting the auth cookie needs an HTTP response.
    private IComponentRenderMode? RenderModeForPage =>
        HttpContext.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase) || !HttpContext.AcceptsInteractiveRouting()
            ? null
            : InteractiveServerNoPrerender;
}
