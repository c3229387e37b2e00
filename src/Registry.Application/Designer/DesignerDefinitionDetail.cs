using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>A definition with all its versions.</summary>
/// <param name="Id">The definition id.</param>
/// <param name="Name">Names (zh, en) from the newest version.</param>
/// <param name="Versions">Every version, lowest first.</param>
public sealed record DesignerDefinitionDetail(string Id, LocalizedText Name, IReadOnlyList<DesignerVersionRow> Versions)
{
    /// <summary>The highest published version, or null.</summary>
    public int? LatestPublished => Versions.Where(v => v.Status == DefinitionStatus.Published).Select(v => (int?)v.Version).Max();

    /// <summary>The open draft (at most one: a new draft is refused while one is open), or null.</summary>
    public int? Draft => Versions.Where(v => v.Status == DefinitionStatus.Draft).Select(v => (int?)v.Version).Max();
}
