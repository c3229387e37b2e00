using System.Security.Claims;

namespace Registry.Web.Exports;

/// <summary>
/// A table to export in the background: which roles may ask for it (those of the page and endpoint it mirrors; the use
/// case behind it checks again), its file name, and how its rows are written.
/// </summary>
public abstract record ExportRequest
{
    /// <summary>The roles any one of which may start this export.</summary>
    internal abstract IReadOnlyList<string> Roles { get; }

    /// <summary>The download's file name.</summary>
    internal abstract string FileName { get; }

    /// <summary>The most rows the export writes, or null without a limit.</summary>
    internal virtual int? MaxRows => null;

    /// <summary>A person's new export of the same table replaces their previous one.</summary>
    internal virtual string Table => GetType().Name;

    /// <summary>Writes the rows into <paramref name="book"/>, reporting the total and progress on <paramref name="job"/>.</summary>
    internal abstract Task WriteAsync(IServiceProvider services, ClaimsPrincipal user, StreamedWorkbook book, ExportJob job, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="user"/> holds one of <see cref="Roles"/>.</summary>
    internal bool Allows(ClaimsPrincipal user) => Roles.Any(user.IsInRole);
}
