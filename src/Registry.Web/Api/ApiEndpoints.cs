using Scalar.AspNetCore;
using Registry.Web.Security;

namespace Registry.Web.Api;

/// <summary>The API's routes: the token endpoint, <c>/api/v1</c>, its OpenAPI document and the Scalar UI at <c>/api/docs</c>.</summary>
public static class ApiEndpoints
{
    /// <summary>Where the OpenAPI document is served (<c>/api/v1/openapi.json</c>).</summary>
    public const string OpenApiPattern = "/api/{documentName}/openapi.json";

    /// <summary>Maps the API.</summary>
    public static WebApplication MapRegistryApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapTokenEndpoint();
        app.MapGroup("/api/v1")
            .RequireAuthorization(ApiServiceCollectionExtensions.ClientPolicy)
            .RequireRateLimiting(ApiServiceCollectionExtensions.RateLimitPolicy)
            .WithTags("applications")
            .MapApplicationEndpoints();
        app.MapOpenApi(OpenApiPattern).AllowAnonymous();
        app.MapScalarApiReference("/api/docs", (options, context) => options
                .WithTitle("Registry API")
                .WithOpenApiRoutePattern(OpenApiPattern)
                .DisableDefaultFonts()
                .WithNonce(SecurityHeaders.Nonce(context)))
            .AllowAnonymous();
        return app;
    }
}
