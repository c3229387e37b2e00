using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Schema;

/// <summary>
/// Validates JSON against the subset of JSON Schema (2020-12) our schemas use: type, required, properties,
/// additionalProperties (boolean or schema), items, enum, const, minItems, minLength, pattern, minimum, $ref to
/// <c>#/$defs/…</c>, allOf, and if/then/else. Unknown keywords are ignored (like annotations). No JSON Schema library
/// restores from the feed without a new central pin, so this small validator keeps the engine's dependencies to the BCL.
/// </summary>
/// <param name="root">The schema document's root (kept for <c>$ref</c> resolution).</param>
public sealed class JsonSchemaSubsetValidator(JsonElement root)
{
    /// <summary>Checks <paramref name="instance"/> against the schema; each issue names <paramref name="source"/> and the JSON path.</summary>
    /// <param name="instance">The document to check.</param>
    /// <param name="source">The file or name used in messages.</param>
    /// <returns>Every problem found, empty when the document conforms.</returns>
    public List<DefinitionIssue> Validate(JsonElement instance, string source)
    {
        var issues = new List<DefinitionIssue>();
        Check(root, instance, "$", source, issues);
        return issues;
    }

    private void Check(JsonElement schema, JsonElement value, string path, string source, List<DefinitionIssue> issues)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            issues.Add(new DefinitionIssue(source, path, null, "value is not allowed here"));
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, source, issues);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            issues.Add(new DefinitionIssue(source, path, null, $"expected {TypeText(type)}, found {Describe(value)}"));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            issues.Add(new DefinitionIssue(source, path, null, $"{value.GetRawText()} is not one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()))}"));
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            issues.Add(new DefinitionIssue(source, path, null, $"must be {constant.GetRawText()}"));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, source, issues);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                {
                    issues.Add(new DefinitionIssue(source, path, null, $"needs at least {minItems.GetInt32()} item(s)"));
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(items, item, $"{path}[{i++}]", source, issues);
                    }
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    issues.Add(new DefinitionIssue(source, path, null, $"must be at least {minLength.GetInt32()} character(s) long"));
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    issues.Add(new DefinitionIssue(source, path, null, $"'{text}' does not match pattern {pattern.GetString()}"));
                }

                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
                {
                    issues.Add(new DefinitionIssue(source, path, null, $"must be at least {minimum.GetDouble().ToString(CultureInfo.InvariantCulture)}"));
                }

                break;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, path, source, issues);
            }
        }

        if (schema.TryGetProperty("if", out var condition))
        {
            var probe = new List<DefinitionIssue>();
            Check(condition, value, path, source, probe);
            var branch = probe.Count == 0 ? "then" : "else";
            if (schema.TryGetProperty(branch, out var next))
            {
                Check(next, value, path, source, issues);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, string source, List<DefinitionIssue> issues)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    issues.Add(new DefinitionIssue(source, path, null, $"missing required property '{name}'"));
                }
            }
        }

        schema.TryGetProperty("properties", out var properties);
        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, childPath, source, issues);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                issues.Add(new DefinitionIssue(source, childPath, null, $"unknown property '{property.Name}'"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, childPath, source, issues);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal) || !root.TryGetProperty("$defs", out var defs)
            || !defs.TryGetProperty(reference[prefix.Length..], out var target))
        {
            throw new InvalidOperationException($"schema reference '{reference}' cannot be resolved (only #/$defs/… is supported)");
        }

        return target;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, value))
            : TypeMatches(type.GetString()!, value);

    private static bool TypeMatches(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static string TypeText(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString()!;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
