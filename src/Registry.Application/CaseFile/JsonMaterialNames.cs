using System.Collections.Frozen;
using System.Text.Json;
using Registry.Application.Catalogue;

namespace Registry.Application.CaseFile;

/// <summary>Material names read once from <c>materials.json</c> (the catalogue loader has already validated its codes).</summary>
internal sealed class JsonMaterialNames : IMaterialNames
{
    private readonly FrozenDictionary<string, CatalogueText> _names;

    public JsonMaterialNames(string materialsFile)
    {
        var names = new Dictionary<string, CatalogueText>(StringComparer.Ordinal);
        if (File.Exists(materialsFile))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(materialsFile), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.TryGetProperty("Materials", out var materials) && materials.ValueKind == JsonValueKind.Object)
            {
                foreach (var m in materials.EnumerateObject())
                {
                    var zh = m.Value.TryGetProperty("Zh", out var z) ? z.GetString() : null;
                    var en = m.Value.TryGetProperty("En", out var e) ? e.GetString() : null;
                    names[m.Name] = new CatalogueText(zh ?? m.Name, en ?? zh ?? m.Name);
                }
            }
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public CatalogueText? Find(string code) => _names.GetValueOrDefault(code);
}
