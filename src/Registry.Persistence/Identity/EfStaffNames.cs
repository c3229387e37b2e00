using Microsoft.EntityFrameworkCore;
using Registry.Application.CaseFile;

namespace Registry.Persistence.Identity;

/// <summary>
/// <see cref="IStaffNames"/> on the Identity users table: one <c>WHERE UserName IN (…)</c> query per call, on its own short
/// context so a page's concurrent reads do not share one.
/// </summary>
internal sealed class EfStaffNames(IDbContextFactory<RegistryDbContext> contexts) : IStaffNames
{
    public async Task<IReadOnlyDictionary<string, string>> FindAsync(IReadOnlyCollection<string> logins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logins);
        var wanted = logins.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && wanted.Contains(u.UserName) && u.DisplayName != "")
            .Select(u => new { u.UserName, u.DisplayName })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.UserName!, r => r.DisplayName, StringComparer.Ordinal);
    }
}
