using Registry.Application.Catalogue;

namespace Registry.Application.Designer;

/// <summary>One business type in the binding table: the definition its new cases start on and the catalogue's default.</summary>
/// <param name="BusinessType">Type code.</param>
/// <param name="Name">Type name.</param>
/// <param name="Category">Category code.</param>
/// <param name="DefinitionId">The definition new cases start on.</param>
/// <param name="CatalogueDefinitionId">The definition the catalogue files name (the first-run seed).</param>
/// <param name="BoundBy">Who bound it (<c>catalogue</c> for the seed), null when nothing is stored yet.</param>
/// <param name="BoundAt">When, if stored.</param>
public sealed record DesignerBindingRow(
    string BusinessType,
    CatalogueText Name,
    string Category,
    string DefinitionId,
    string CatalogueDefinitionId,
    string? BoundBy,
    DateTimeOffset? BoundAt);
