using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Application.RuleSets;

/// <summary>
/// Reads the header of a rule-set document and writes a version into it: the set's version and each rule's own version,
/// which is raised only when the rule's content (everything but its version) changed since the previous version.
/// Pure JSON handling; the rules layer validates and compiles the content.
/// </summary>
internal static class RuleSetDocuments
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The set's name, kind and version as written, or null when the text is not a JSON object with them.</summary>
    public static (string Name, string Kind, int Version)? Header(string json)
    {
        try
        {
            if (JsonNode.Parse(json, NodeOptions, DocumentOptions) is not JsonObject root)
            {
                return null;
            }

            var name = (root["WorkflowName"] as JsonValue)?.TryGetValue<string>(out var n) == true ? n : null;
            var kind = (root["Kind"] as JsonValue)?.TryGetValue<string>(out var k) == true ? k : null;
            var version = (root["Version"] as JsonValue)?.TryGetValue<int>(out var v) == true ? v : 0;
            return name is null || kind is null ? null : (name, kind, version);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="setVersion"/> into the document and gives every rule its version against
    /// <paramref name="previous"/>: unchanged content keeps the previous version; changed content gets the previous version
    /// + 1 (or the draft's own number when higher); a rule new to the set keeps the draft's number (1 when absent).
    /// </summary>
    public static (string Document, IReadOnlyList<RuleVersionRecord> Rules) Stamp(string json, int setVersion, RuleSetVersionRecord? previous)
    {
        var root = JsonNode.Parse(json, NodeOptions, DocumentOptions) as JsonObject
            ?? throw new JsonException("a rule set must be a JSON object");
        root["Version"] = setVersion;
        var rules = new List<RuleVersionRecord>();

        // A rule may have several versions in the set (in force on different dates): each keeps a number of its own.
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in (root["Rules"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var code = (rule["RuleName"] as JsonValue)?.TryGetValue<string>(out var c) == true ? c : null;
            if (code is null)
            {
                continue;
            }

            var properties = rule["Properties"] as JsonObject;
            var drafted = (properties?["Version"] as JsonValue)?.TryGetValue<int>(out var dv) == true ? dv : 1;
            var hash = ContentHash(rule);
            var before = previous?.Rules.Where(r => string.Equals(r.RuleCode, code, StringComparison.Ordinal)).ToList() ?? [];
            int version;
            if (before.FirstOrDefault(r => string.Equals(r.ContentHash, hash, StringComparison.Ordinal)) is { } same)
            {
                version = same.RuleVersion;
            }
            else if (before.Count > 0 || taken.ContainsKey(code))
            {
                var highest = Math.Max(before.Count > 0 ? before.Max(r => r.RuleVersion) : 0, taken.GetValueOrDefault(code));
                version = Math.Max(highest + 1, drafted);
            }
            else
            {
                version = Math.Max(drafted, 1);
            }

            taken[code] = Math.Max(taken.GetValueOrDefault(code), version);

            if (properties is not null)
            {
                properties["Version"] = version;
            }

            rules.Add(new RuleVersionRecord(code, version, hash));
        }

        return (root.ToJsonString(Indented), rules);
    }

    /// <summary>SHA-256 (hex) of the rule's JSON without its version: two versions with equal hashes say the same.</summary>
    public static string ContentHash(JsonObject rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var copy = (JsonObject)rule.DeepClone();
        (copy["Properties"] as JsonObject)?.Remove("Version");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(copy.ToJsonString())));
    }
}
