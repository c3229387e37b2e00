using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Registry.Web.Hosting;

/// <summary>
/// <c>GET /health</c>: 200 "ok" when every registered health check passes (the browser tests wait on it).
/// Other layers add their checks with <c>services.AddHealthChecks().Add…</c>.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapRegistryHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "ok" : report.Status.ToString());
            },
        });
        return endpoints;
    }
}
