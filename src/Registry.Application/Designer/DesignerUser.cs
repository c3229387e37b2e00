using Registry.Application.Security;

namespace Registry.Application.Designer;

/// <summary>Who is using the designer console (设计器): the signed-in user's name and roles, as the host's authentication says.</summary>
/// <param name="Name">Sign-in name, recorded as the saver or publisher of a version.</param>
/// <param name="Roles">The roles held.</param>
public sealed record DesignerUser(string Name, IReadOnlyCollection<string> Roles)
{
    /// <summary>True when the user holds the business-admin role (业务管理), the only role allowed to design.</summary>
    public bool IsBusinessAdmin => Roles.Contains(RegistryRoles.BusinessAdmin, StringComparer.Ordinal);
}
