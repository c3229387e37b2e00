namespace Registry.Application.Catalogue;

/// <summary>A category of business types (one catalogue file).</summary>
/// <param name="Code">Category code, e.g. <c>mortgage</c>.</param>
/// <param name="Name">Category name.</param>
/// <param name="Types">Its types, in file order.</param>
public sealed record BusinessTypeCategory(string Code, CatalogueText Name, IReadOnlyList<BusinessType> Types);
