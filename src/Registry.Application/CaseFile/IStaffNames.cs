namespace Registry.Application.CaseFile;

/// <summary>
/// Display names (e.g. 王芳) of members of staff by login (e.g. <c>reviewer1</c>), for journals, conflicts and worklists.
/// A page asks once for all the logins it shows, never once per row.
/// </summary>
public interface IStaffNames
{
    /// <summary>
    /// Display names of the <paramref name="logins"/> that belong to staff with a display name, in one query; logins that are
    /// not staff (e.g. <c>system</c>, <c>tax-bureau</c>) or have no display name are absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> FindAsync(IReadOnlyCollection<string> logins, CancellationToken cancellationToken = default);
}
