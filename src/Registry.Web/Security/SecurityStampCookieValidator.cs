using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Registry.Persistence.Identity;

namespace Registry.Web.Security;

/// <summary>
/// Checks the sign-in cookie's security stamp against the user's on every request, so a cookie stops working the moment
/// its user signs out (sign-out changes the stamp), is locked, or is deleted — a copy taken earlier is refused and the
/// browser is sent to sign in. One primary-key read per request; a circuit makes only a few requests (page, negotiate,
/// WebSocket). Identity's own validator does the same only after an interval and re-issues the cookie when it does.
/// </summary>
internal static class SecurityStampCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<RegistryUser>>();
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = principal.FindFirst(claims.SecurityStampClaimType)?.Value;
        var user = await users.GetUserAsync(principal);
        if (user is null
            || stamp is null
            || !string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal)
            || await users.IsLockedOutAsync(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
