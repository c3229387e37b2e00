namespace Registry.Application.Designer;

/// <summary>A new workflow definition, blank or copied from a template.</summary>
/// <param name="Id">The new id (lower-case letters, digits and hyphens, starting with a letter; at most 100 characters).</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name, if any.</param>
/// <param name="TemplateId">A definition whose latest published version is copied; null for a blank definition.</param>
public sealed record NewDefinitionRequest(string Id, string NameZh, string? NameEn = null, string? TemplateId = null);
