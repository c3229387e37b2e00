using System.Security.Claims;
using Registry.Application.Inspection;
using Registry.Web.Security;

namespace Registry.Web.Components.Inspection;

/// <summary>The signed-in person as an <see cref="InspectionActor"/>.</summary>
internal static class InspectionActors
{
    public static InspectionActor From(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? string.Empty;
        return new InspectionActor(
            name,
            user.FindFirst(RegistryUserClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? name,
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
    }
}
