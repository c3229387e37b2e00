using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Registry.Web.Resources;

namespace Registry.Web.Components.Progress;

/// <summary>
/// The public progress page's look-ups are limited per client address (ASP.NET Core rate limiter, fixed window): each
/// form post counts, page views do not. With 40-bit query codes this keeps guessing hopeless. Section <c>Progress</c>:
/// <c>PermitsPerWindow</c> (10) and <c>Window</c> (00:01:00).
/// </summary>
public static class ProgressRateLimit
{
    /// <summary>The policy name on the page.</summary>
    public const string Policy = "progress-lookups";

    public static IServiceCollection AddProgressRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = int.TryParse(configuration["Progress:PermitsPerWindow"], out var p) && p > 0 ? p : 10;
        var window = TimeSpan.TryParse(configuration["Progress:Window"], System.Globalization.CultureInfo.InvariantCulture, out var w) && w > TimeSpan.Zero ? w : TimeSpan.FromMinutes(1);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("views"));
            o.OnRejected = async (context, cancellationToken) =>
            {
                // Refused in the visitor's language, with when to come back (this handler serves every policy of the app).
                var services = context.HttpContext.RequestServices;
                var verifying = context.HttpContext.Request.Path.StartsWithSegments(Verification.VerificationRateLimit.PathPrefix);
                var text = verifying
                    ? services.GetRequiredService<IStringLocalizer<VerificationResource>>()["TooMany"].Value
                    : services.GetRequiredService<IStringLocalizer<ProgressResource>>()["TooMany"].Value;
                var back = verifying ? string.Empty : "<p><a href=\"/progress\">/progress</a></p>";
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>429</title></head><body><p id=\"progress-too-many\">{System.Net.WebUtility.HtmlEncode(text)}</p>{back}</body></html>",
                    cancellationToken);
            };
        });
        return services;
    }
}
