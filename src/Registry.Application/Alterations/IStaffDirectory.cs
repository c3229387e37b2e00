namespace Registry.Application.Alterations;

/// <summary>Who holds a role (the people a task may be reassigned to).</summary>
public interface IStaffDirectory
{
    /// <summary>The active (not locked out) members of <paramref name="role"/>, by login, with their display names.</summary>
    /// <param name="role">A role name (<see cref="Security.RegistryRoles"/>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The members, ordered by login.</returns>
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken = default);
}
