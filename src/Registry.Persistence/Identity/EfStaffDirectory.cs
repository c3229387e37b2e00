using Microsoft.EntityFrameworkCore;
using Registry.Application.Alterations;

namespace Registry.Persistence.Identity;

/// <summary><see cref="IStaffDirectory"/> on the Identity tables: the role's members, locked-out accounts left out.</summary>
internal sealed class EfStaffDirectory(IDbContextFactory<RegistryDbContext> contexts, TimeProvider time) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from r in db.Roles.AsNoTracking()
                where r.Name == role
                join ur in db.UserRoles.AsNoTracking() on r.Id equals ur.RoleId
                join u in db.Users.AsNoTracking() on ur.UserId equals u.Id
                select new { u.UserName, u.DisplayName, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        // Lockout is compared here: SQLite cannot compare DateTimeOffset columns in SQL.
        return [.. rows
            .Where(u => u.UserName is not null && (u.LockoutEnd is null || u.LockoutEnd <= now))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new StaffMember(u.UserName!, u.DisplayName.Length > 0 ? u.DisplayName : u.UserName!))];
    }
}
