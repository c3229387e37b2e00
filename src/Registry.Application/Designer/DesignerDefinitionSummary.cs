using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>One row of the designer's definition list.</summary>
/// <param name="Id">The definition id.</param>
/// <param name="Name">Names (zh, en) from the newest version.</param>
/// <param name="LatestPublished">The highest published version, or null.</param>
/// <param name="Draft">The open draft's version, or null.</param>
/// <param name="Running">Running instances per version (versions without any are left out).</param>
public sealed record DesignerDefinitionSummary(
    string Id,
    LocalizedText Name,
    int? LatestPublished,
    int? Draft,
    IReadOnlyList<RunningInstanceCount> Running);
