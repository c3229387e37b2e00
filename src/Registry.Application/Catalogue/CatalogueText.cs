namespace Registry.Application.Catalogue;

/// <summary>A name in Chinese and English.</summary>
/// <param name="Zh">Chinese.</param>
/// <param name="En">English.</param>
public sealed record CatalogueText(string Zh, string En);
