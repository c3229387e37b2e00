using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Registry.Web.Components;

public partial class App
{
    // Interactive server everywhere, without prerendering: every page loads its data once, over the
    // circuit, and the UI a user (or a browser test) sees is already interactive.
    private static readonly IComponentRenderMode InteractiveServerNoPrerender = new InteractiveServerRenderMode(prerender: false);

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    // The error and not-found pages render statically so they work even when the circuit cannot start.
    private IComponentRenderMode? RenderModeForPage =>
        HttpContext.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            ? null
            : InteractiveServerNoPrerender;
}
