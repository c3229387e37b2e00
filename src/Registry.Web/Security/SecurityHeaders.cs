using System.Security.Cryptography;

namespace Registry.Web.Security;

/// <summary>
/// Headers every response carries: <c>X-Content-Type-Options: nosniff</c>, a <c>Referrer-Policy</c>, and a
/// Content-Security-Policy the pages satisfy. Scripts come only from this site, plus the one inline import map Blazor
/// writes, which carries the request's nonce (<see cref="Nonce"/>). Styles allow inline: MudBlazor sets style attributes
/// and writes its theme as a <c>&lt;style&gt;</c> block, and Blazor's reconnect dialog styles itself; no script can run
/// from a style. The circuit's WebSocket is same-origin (<c>connect-src 'self'</c>).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Referrer policy: other sites never learn our URLs (case numbers are in them); our own pages do.</summary>
    public const string ReferrerPolicy = "same-origin";

    private static readonly object NonceKey = new();

    /// <summary>The Content-Security-Policy for a response whose inline scripts carry <paramref name="nonce"/>.</summary>
    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>This request's CSP nonce (base64, 128 random bits), created on first use.</summary>
    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(NonceKey, out var existing) && existing is string nonce)
        {
            return nonce;
        }

        // Hex, not base64: Razor HTML-encodes '+' and '/' in attribute values, so a base64 nonce could read differently in
        // the page's markup than in the header (browsers decode it; a test comparing the markup failed 1 run in ~3).
        nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    /// <summary>Adds the headers to every response (set as the response starts, so error pages and redirects carry them too).</summary>
    public static IApplicationBuilder UseRegistrySecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var nonce = Nonce(context);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                return Task.CompletedTask;
            });
            await next(context);
        });
}
