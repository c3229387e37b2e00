using System.Security.Claims;
using Registry.Application.Designer;

namespace Registry.Designer;

/// <summary>Turns the signed-in principal into the designer's <see cref="DesignerUser"/>.</summary>
internal static class DesignerUsers
{
    public static DesignerUser From(ClaimsPrincipal principal) =>
        new(principal.Identity?.Name ?? string.Empty, [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
}
