using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>One version as the designer lists it.</summary>
/// <param name="Version">The version number.</param>
/// <param name="Status">Draft or published.</param>
/// <param name="SavedAt">When it was last saved.</param>
/// <param name="SavedBy">Who saved it last.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="Running">Instances bound to this version that have not ended.</param>
public sealed record DesignerVersionRow(
    int Version,
    DefinitionStatus Status,
    DateTimeOffset SavedAt,
    string? SavedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    int Running);
