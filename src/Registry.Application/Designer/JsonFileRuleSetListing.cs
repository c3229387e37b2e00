using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Application.Designer;

/// <summary>Reads the rule set JSON files of a folder for display; a file that cannot be read is named in the error.</summary>
internal sealed class JsonFileRuleSetListing(string rulesDirectory) : IRuleSetListing
{
    public async Task<IReadOnlyList<RuleSetSummary>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsBusinessAdmin)
        {
            throw new DesignerAccessDeniedException(user.Name);
        }

        var result = new List<RuleSetSummary>();
        foreach (var file in Directory.EnumerateFiles(rulesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            JsonNode? root;
            try
            {
                root = JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            }
            catch (JsonException ex)
            {
                throw new InvalidOperationException($"rule set file '{name}' is not valid JSON: {ex.Message}", ex);
            }

            if (root?["Rules"] is not JsonArray rules)
            {
                continue; // e.g. materials.json, the intake checklist: not a rule set.
            }

            result.Add(new RuleSetSummary(
                Text(root["WorkflowName"]) ?? Path.GetFileNameWithoutExtension(name),
                name,
                Text(root["Kind"]),
                root["Version"] is JsonValue v && v.TryGetValue<int>(out var version) ? version : null,
                Text(root["Description"]),
                [.. rules.OfType<JsonObject>().Select(Rule)]));
        }

        return result;
    }

    private static RuleSummary Rule(JsonObject rule)
    {
        var p = rule["Properties"] as JsonObject;
        return new RuleSummary(
            Text(rule["RuleName"]) ?? "?",
            Text(p?["NameZh"]),
            Text(p?["NameEn"]),
            Text(p?["Severity"]),
            Text(rule["Expression"]) ?? string.Empty,
            Join(p?["Stages"]),
            Join(p?["BusinessTypes"]),
            Text(p?["EffectiveFrom"]));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToJsonString();

    private static string Join(JsonNode? node) =>
        node is JsonArray array ? string.Join(", ", array.Select(Text)) : Text(node) ?? string.Empty;
}
