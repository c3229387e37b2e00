using System.Text.Json;
using Registry.Application.Review.Facts;

namespace Registry.Rules;

/// <summary>
/// The per-business-type materials checklist (收件清单) loaded from rules/materials.json. Available to rule expressions
/// as the parameter <c>m</c>. An item written "A|B" is satisfied by either material. Immutable after load.
/// </summary>
public sealed class MaterialsChecklist
{
    private readonly IReadOnlyList<string> _base;
    private readonly Dictionary<string, IReadOnlyList<string>> _types;
    private readonly Dictionary<string, string> _namesZh;

    private MaterialsChecklist(int version, IReadOnlyList<string> baseItems, Dictionary<string, IReadOnlyList<string>> types, Dictionary<string, string> namesZh)
    {
        Version = version;
        _base = baseItems;
        _types = types;
        _namesZh = namesZh;
    }

    /// <summary>An empty checklist (nothing required).</summary>
    public static MaterialsChecklist Empty { get; } = new(0, [], [], []);

    /// <summary>Checklist version.</summary>
    public int Version { get; }

    /// <summary>Business types that have their own checklist.</summary>
    public IEnumerable<string> BusinessTypes => _types.Keys;

    /// <summary>Required items for a type: BASE plus the type's own items.</summary>
    /// <remarks>
    /// Entrusted types (court, procuratorate, police, administrative bodies) have no application form: BASE does not apply;
    /// neither does it to an ex-officio correction (依职权更正, 实施细则 81), which the office starts itself.
    /// </remarks>
    public IReadOnlyList<string> Required(string businessType)
    {
        var entrusted = Functions.BusinessTypes.Matches(businessType, "@Entrusted") || businessType == "CorrectionExOfficio";
        return _types.TryGetValue(businessType, out var items)
            ? entrusted ? items : [.. _base, .. items]
            : entrusted ? [] : _base;
    }

    /// <summary>
    /// Items the case lacks: the type's checklist plus power of attorney for agents and guardianship proof for guardians.
    /// An item the case's workflow waits for later (<see cref="CaseFacts.AwaitedMaterials"/>, e.g. the tax receipt a
    /// <c>tax-paid</c> signal brings) is not asked for at intake.
    /// </summary>
    public IReadOnlyList<string> Missing(CaseFacts c)
    {
        ArgumentNullException.ThrowIfNull(c);
        List<string>? missing = null;
        foreach (var item in Required(c.BusinessType))
        {
            if (c.Stage == Registry.Application.Review.RuleStage.Intake && item.Split('|').Any(c.AwaitedMaterials.Contains))
            {
                continue;
            }

            Check(item);
        }

        if (c.Parties.Any(p => p.Role == PartyRole.Agent))
        {
            Check("POWER_OF_ATTORNEY");
        }

        if (c.Parties.Any(p => p.Role == PartyRole.Guardian))
        {
            Check("GUARDIANSHIP_PROOF");
        }

        return missing ?? (IReadOnlyList<string>)[];

        void Check(string item)
        {
            foreach (var alt in item.Split('|'))
            {
                if (c.Has(alt))
                {
                    return;
                }
            }

            (missing ??= []).Add(item);
        }
    }

    /// <summary>Checklist items of <paramref name="businessType"/> not present in <paramref name="materials"/> (for self-check QC-C-04).</summary>
    public IReadOnlyList<string> MissingFrom(string businessType, IReadOnlyList<string> materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        return [.. Required(businessType).Where(i => !i.Split('|').Any(materials.Contains))];
    }

    /// <summary>Missing items as Chinese names joined with 、 (empty when complete).</summary>
    public string MissingNames(CaseFacts c) =>
        string.Join("、", Missing(c).Select(i => string.Join("或", i.Split('|').Select(a => _namesZh.GetValueOrDefault(a, a)))));

    /// <summary>Parses materials.json. Throws <see cref="RuleSetValidationException"/> naming the file and what is wrong.</summary>
    public static MaterialsChecklist Parse(string json, string fileName)
    {
        var errors = new List<RuleSetValidationError>();
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            var version = root.TryGetProperty(nameof(Version), out var v) && v.TryGetInt32(out var vi) ? vi : 0;
            if (version < 1)
            {
                errors.Add(new RuleSetValidationError(fileName, null, "Version must be an integer ≥ 1."));
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("Materials", out var mats) && mats.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in mats.EnumerateObject())
                {
                    names[p.Name] = p.Value.TryGetProperty("Zh", out var zh) ? zh.GetString() ?? p.Name : p.Name;
                }
            }
            else
            {
                errors.Add(new RuleSetValidationError(fileName, null, "Materials (object of code → {Zh, En}) is required."));
            }

            List<string> ReadItems(JsonElement arr, string where)
            {
                var list = new List<string>();
                foreach (var e in arr.EnumerateArray())
                {
                    var s = e.GetString() ?? string.Empty;
                    foreach (var alt in s.Split('|'))
                    {
                        if (!names.ContainsKey(alt))
                        {
                            errors.Add(new RuleSetValidationError(fileName, null, $"{where}: unknown material code '{alt}'."));
                        }
                    }

                    list.Add(s);
                }

                return list;
            }

            var baseItems = root.TryGetProperty("Base", out var b) && b.ValueKind == JsonValueKind.Array ? ReadItems(b, "Base") : [];
            var types = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("Types", out var t) && t.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in t.EnumerateObject())
                {
                    types[p.Name] = ReadItems(p.Value, $"Types.{p.Name}");
                }
            }

            if (errors.Count > 0)
            {
                throw new RuleSetValidationException(errors);
            }

            return new MaterialsChecklist(version, baseItems, types, names);
        }
        catch (JsonException ex)
        {
            throw new RuleSetValidationException([new RuleSetValidationError(fileName, null, $"Invalid JSON at line {ex.LineNumber + 1}: {ex.Message}")]);
        }
    }
}
