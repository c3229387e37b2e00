using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Registry.Persistence.Identity;

namespace Registry.Web.Security;

/// <summary>Adds the display name to the sign-in cookie so every page can show who is acting without a query.</summary>
public sealed class RegistryUserClaimsPrincipalFactory(
    UserManager<RegistryUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RegistryUser, IdentityRole>(userManager, roleManager, options)
{
    /// <summary>Claim type of the display name (e.g. 李明).</summary>
    public const string DisplayNameClaim = "registry:display-name";

    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RegistryUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName));
        return identity;
    }
}
