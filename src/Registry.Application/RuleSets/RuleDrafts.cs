using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Application.RuleSets;

/// <summary>
/// Reads the rules of a rule-set document into <see cref="RuleDraft"/>s and writes an edited rule back, keeping every
/// other field of the document as it was (so the diff shows only the edit).
/// </summary>
public static class RuleDrafts
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every rule of the document, in order.</summary>
    /// <param name="document">The rule-set JSON.</param>
    /// <returns>The rules.</returns>
    public static IReadOnlyList<RuleDraft> Read(string document)
    {
        var root = Parse(document);
        return [.. (root["Rules"] as JsonArray ?? []).OfType<JsonObject>().Select(ToDraft)];
    }

    /// <summary>
    /// Writes <paramref name="rule"/> into the document in place of the rule coded <paramref name="replacing"/> (or adds it
    /// at the end when null or not found, e.g. a new or cloned rule).
    /// </summary>
    /// <param name="document">The rule-set JSON.</param>
    /// <param name="rule">The edited rule.</param>
    /// <param name="replacing">The code of the rule it replaces.</param>
    /// <param name="replacingVersion">
    /// Which version of that rule, when the set holds several (in force on different dates); null: the first.
    /// </param>
    /// <returns>The new document.</returns>
    public static string Write(string document, RuleDraft rule, string? replacing, int? replacingVersion = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var root = Parse(document);
        var rules = root["Rules"] as JsonArray ?? [];
        root["Rules"] = rules;
        var existing = replacing is null ? null : rules.OfType<JsonObject>().FirstOrDefault(r => Text(r["RuleName"]) == replacing
            && (replacingVersion is null || ToDraft(r).Version == replacingVersion));
        var target = existing ?? new JsonObject { ["RuleExpressionType"] = "LambdaExpression" };
        Fill(target, rule);
        if (existing is null)
        {
            rules.Add(target);
        }

        return root.ToJsonString(Indented);
    }

    /// <summary>A document holding only <paramref name="rule"/>, with the set's name and kind: what validation as you type compiles.</summary>
    /// <param name="document">The set the rule belongs to.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The one-rule document.</returns>
    public static string AloneInSet(string document, RuleDraft rule)
    {
        var root = Parse(document);
        root["Rules"] = new JsonArray();
        return Write(root.ToJsonString(), rule, null);
    }

    private static JsonObject Parse(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonNode.Parse(document, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
            ?? throw new JsonException("a rule set must be a JSON object");
    }

    private static RuleDraft ToDraft(JsonObject r)
    {
        var p = r["Properties"] as JsonObject ?? [];
        return new RuleDraft
        {
            Code = Text(r["RuleName"]) ?? string.Empty,
            Enabled = r["Enabled"] is JsonValue e && e.TryGetValue<bool>(out var enabled) ? enabled : true,
            Reference = Text(p["Ref"]) ?? string.Empty,
            NameZh = Text(p["NameZh"]) ?? string.Empty,
            NameEn = Text(p["NameEn"]) ?? string.Empty,
            Category = Text(p["Category"]) ?? string.Empty,
            Severity = Text(p["Severity"]) ?? string.Empty,
            Version = p["Version"] is JsonValue v && v.TryGetValue<int>(out var version) ? version : 1,
            EffectiveFrom = Day(Text(p["EffectiveFrom"])),
            EffectiveUntil = Day(Text(p["EffectiveUntil"])),
            BusinessTypes = List(p["BusinessTypes"]),
            ExcludeTypes = List(p["ExcludeTypes"]),
            Stages = List(p["Stages"]),
            MessageZh = Text(p["MessageZh"]) ?? string.Empty,
            MessageEn = Text(p["MessageEn"]) ?? string.Empty,
            Expression = Text(r["Expression"]) ?? string.Empty,
            Facts = [.. (r["LocalParams"] as JsonArray ?? []).OfType<JsonObject>().Select(f => new RuleDraftFact(Text(f["Name"]) ?? string.Empty, Text(f["Expression"]) ?? string.Empty))],
            Basis = Text(p["Basis"]),
        };
    }

    private static void Fill(JsonObject r, RuleDraft d)
    {
        r["RuleName"] = d.Code;
        if (d.Enabled)
        {
            r.Remove("Enabled");
        }
        else
        {
            r["Enabled"] = false;
        }

        r["Expression"] = d.Expression;
        if (d.Facts.Count > 0)
        {
            r["LocalParams"] = new JsonArray([.. d.Facts.Select(f => (JsonNode)new JsonObject { ["Name"] = f.Name, ["Expression"] = f.Expression })]);
        }
        else
        {
            r.Remove("LocalParams");
        }

        var p = r["Properties"] as JsonObject ?? [];
        r["Properties"] = p;
        p["Ref"] = d.Reference;
        p["NameZh"] = d.NameZh;
        p["NameEn"] = d.NameEn;
        p["Category"] = d.Category;
        p["Severity"] = d.Severity;
        p["Version"] = d.Version;
        Set(p, "EffectiveFrom", d.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set(p, "EffectiveUntil", d.EffectiveUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        p["BusinessTypes"] = new JsonArray([.. d.BusinessTypes.Select(t => (JsonNode)JsonValue.Create(t))]);
        if (d.ExcludeTypes.Count > 0)
        {
            p["ExcludeTypes"] = new JsonArray([.. d.ExcludeTypes.Select(t => (JsonNode)JsonValue.Create(t))]);
        }
        else
        {
            p.Remove("ExcludeTypes");
        }

        p["Stages"] = new JsonArray([.. d.Stages.Select(t => (JsonNode)JsonValue.Create(t))]);
        p["MessageZh"] = d.MessageZh;
        p["MessageEn"] = d.MessageEn;
        Set(p, "Basis", d.Basis);
    }

    private static void Set(JsonObject o, string name, string? value)
    {
        if (value is null)
        {
            o.Remove(name);
        }
        else
        {
            o[name] = value;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static IReadOnlyList<string> List(JsonNode? node) => [.. (node as JsonArray ?? []).Select(Text).OfType<string>()];

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
