using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>One stored version of a workflow definition, without its document.</summary>
/// <param name="DefinitionId">The definition id.</param>
/// <param name="Version">The version number.</param>
/// <param name="Status">Draft or published.</param>
/// <param name="DisplayName">The Chinese display name stored with the row.</param>
/// <param name="SavedAt">When it was last saved.</param>
/// <param name="SavedBy">Who saved it last, if known.</param>
/// <param name="PublishedAt">When it was published, if it is.</param>
/// <param name="PublishedBy">Who published it, if known.</param>
public sealed record DefinitionVersionInfo(
    string DefinitionId,
    int Version,
    DefinitionStatus Status,
    string DisplayName,
    DateTimeOffset SavedAt,
    string? SavedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy);
