using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace Registry.Web.Api;

/// <summary>
/// Under <c>/api/</c>, an error answered without a body (a refused or expired token, an unknown route, a rate limit) becomes
/// an RFC 7807 problem instead of the console's HTML error page; a 401 carries the token validator's reason.
/// </summary>
internal static class ApiProblemResponses
{
    public static IApplicationBuilder UseRegistryApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/v1"), branch => branch.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            await next(context);
            var response = context.Response;
            if (response.HasStarted || response.StatusCode < 400 || response.ContentLength > 0 || !string.IsNullOrEmpty(response.ContentType))
            {
                return;
            }

            var (title, field) = response.StatusCode switch
            {
                StatusCodes.Status401Unauthorized => ("Unauthorized", "Authorization"),
                StatusCodes.Status403Forbidden => ("Forbidden", "scope"),
                StatusCodes.Status404NotFound => ("Not found", "path"),
                StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "method"),
                StatusCodes.Status415UnsupportedMediaType => ("Unsupported media type", "Content-Type"),
                StatusCodes.Status429TooManyRequests => ("Too many requests", "client_id"),
                _ => ("Request failed", "request"),
            };
            var detail = Describe(response.Headers[HeaderNames.WWWAuthenticate].ToString())
                ?? response.StatusCode switch
                {
                    StatusCodes.Status401Unauthorized => "an access token is required: 'Authorization: Bearer {access_token}' from POST /connect/token",
                    StatusCodes.Status415UnsupportedMediaType => $"'{context.Request.ContentType}' is not accepted: send application/json or multipart/form-data",
                    StatusCodes.Status429TooManyRequests => "this client's rate limit is reached; retry after the Retry-After seconds",
                    _ => title,
                };
            var problem = ApiProblems.Field(field, detail, response.StatusCode, title, title.ToLowerInvariant().Replace(' ', '-'));
            await problem.ExecuteAsync(context);
        }));

    // "Bearer error="invalid_token", error_description="The specified token is expired."" → the description.
    private static string? Describe(string challenge)
    {
        const string marker = "error_description=\"";
        var start = challenge.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = challenge.IndexOf('"', start);
        return end > start ? challenge[start..end] : null;
    }
}
