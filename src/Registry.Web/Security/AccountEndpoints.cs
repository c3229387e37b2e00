using Microsoft.AspNetCore.Identity;
using Registry.Persistence.Identity;

namespace Registry.Web.Security;

/// <summary><c>POST /account/logout</c>: signs out and returns to the sign-in page (antiforgery-checked form post).</summary>
public static class AccountEndpoints
{
    /// <summary>Path of the sign-out form post.</summary>
    public const string LogoutPath = "/account/logout";

    /// <summary>Maps the sign-out endpoint.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LogoutPath, async (SignInManager<RegistryUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(SecurityServiceCollectionExtensions.LoginPath);
        });
        return endpoints;
    }
}
