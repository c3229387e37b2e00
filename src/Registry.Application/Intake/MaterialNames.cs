using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Registry.Application.Catalogue;

namespace Registry.Application.Intake;

/// <summary>Names of checklist materials in Chinese and English, read once from <c>rules/materials.json</c>.</summary>
public sealed class MaterialNames
{
    private readonly FrozenDictionary<string, CatalogueText> _names;

    /// <summary>Reads the names from the catalogue's rules directory.</summary>
    public MaterialNames(IOptions<CatalogueOptions> options)
        : this(Read(Path.Combine((options ?? throw new ArgumentNullException(nameof(options))).Value.RulesDirectory, "materials.json")))
    {
    }

    /// <summary>Uses the given names (tests).</summary>
    public MaterialNames(IReadOnlyDictionary<string, CatalogueText> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The name of a material code in Chinese or English; the code itself when unknown.</summary>
    public string Name(string code, bool english = false) =>
        _names.TryGetValue(code, out var text) ? english ? text.En : text.Zh : code;

    private static Dictionary<string, CatalogueText> Read(string path)
    {
        var names = new Dictionary<string, CatalogueText>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return names;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (doc.RootElement.TryGetProperty("Materials", out var materials) && materials.ValueKind == JsonValueKind.Object)
        {
            foreach (var m in materials.EnumerateObject())
            {
                var zh = m.Value.TryGetProperty("Zh", out var z) ? z.GetString() ?? m.Name : m.Name;
                var en = m.Value.TryGetProperty("En", out var e) ? e.GetString() ?? m.Name : m.Name;
                names[m.Name] = new CatalogueText(zh, en);
            }
        }

        return names;
    }
}
