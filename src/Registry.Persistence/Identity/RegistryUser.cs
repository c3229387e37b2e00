using Microsoft.AspNetCore.Identity;

namespace Registry.Persistence.Identity;

/// <summary>A member of staff who signs in to the consoles (ASP.NET Core Identity user on the application database).</summary>
public sealed class RegistryUser : IdentityUser
{
    /// <summary>Name shown in the consoles, the journal and opinions (e.g. 李明).</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Office (登记机构) the user belongs to; deadlines and escalations go to its lead.</summary>
    public string Office { get; set; } = string.Empty;
}
