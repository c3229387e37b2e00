using Registry.Application.Catalogue;

namespace Registry.Application.CaseFile;

/// <summary>Names of material codes (rules/materials.json), for showing a checklist to people.</summary>
public interface IMaterialNames
{
    /// <summary>The name of <paramref name="code"/>, or null when the list does not know it.</summary>
    CatalogueText? Find(string code);
}
