using Microsoft.AspNetCore.Localization;

namespace Registry.Web.Localization;

/// <summary>
/// <c>GET /culture/set?culture=en&amp;redirectUri=/register</c>: stores the culture cookie and goes back.
/// A Blazor Server circuit takes its culture from the request that opened it, so the switcher reloads the page.
/// </summary>
internal static class CultureEndpoints
{
    public const string SetPath = "/culture/set";

    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SetPath, (HttpContext context, string? culture, string? redirectUri) =>
        {
            if (!RegistryCultures.IsSupported(culture))
            {
                return Results.BadRequest($"Unsupported culture '{culture}'.");
            }

            var requestCulture = new RequestCulture(RegistryCultures.Get(culture!));
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(requestCulture),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
        });
        return endpoints;
    }

    // Only same-site paths: "/x" but not "//host" or "/\host" (open-redirect guard).
    private static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri[0] == '/' && (uri.Length == 1 || (uri[1] != '/' && uri[1] != '\\'));
}
