using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Registry.Persistence.Identity;

namespace Registry.Web.Security;

/// <summary>
/// <c>POST /account/logout</c>: signs out and returns to the sign-in page. The form post must carry the anti-forgery
/// token (a page on another site cannot sign staff out), and signing out ends the session on the server: the user's
/// security stamp changes, so any copy of the old cookie is refused from then on (<see cref="SecurityStampCookieValidator"/>).
/// </summary>
public static class AccountEndpoints
{
    /// <summary>Path of the sign-out form post.</summary>
    public const string LogoutPath = "/account/logout";

    /// <summary>Maps the sign-out endpoint.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LogoutPath, SignOutAsync);
        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<RegistryUser> signIn, UserManager<RegistryUser> users)
    {
        // The endpoint binds no form, so the antiforgery middleware would not refuse on its own: check explicitly.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Text("缺少或无效的防伪令牌，未退出登录 / missing or invalid anti-forgery token: not signed out", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await users.GetUserAsync(context.User) is { } user)
        {
            // Every cookie issued to this user so far stops working (on every device: a sign-out is a sign-out).
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect(SecurityServiceCollectionExtensions.LoginPath);
    }
}
