using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Registry.Web.Components.Verification;

/// <summary>
/// Certificate checks are limited per client address like the progress look-ups, but every request counts: the token
/// is in the address, so a page view is a look-up. Section <c>Verification</c>: <c>PermitsPerWindow</c> (20) and
/// <c>Window</c> (00:01:00). The refusal page is written by the shared rejection handler in ProgressRateLimit.
/// </summary>
public static class VerificationRateLimit
{
    /// <summary>The policy name on the page.</summary>
    public const string Policy = "certificate-verification";

    /// <summary>The page's address prefix (the QR codes open <c>/verify/{token}</c>).</summary>
    public const string PathPrefix = "/verify";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = int.TryParse(configuration["Verification:PermitsPerWindow"], out var p) && p > 0 ? p : 20;
        var window = TimeSpan.TryParse(configuration["Verification:Window"], System.Globalization.CultureInfo.InvariantCulture, out var w) && w > TimeSpan.Zero ? w : TimeSpan.FromMinutes(1);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(Policy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })));
        return services;
    }
}
