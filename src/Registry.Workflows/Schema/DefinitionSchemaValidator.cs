using System.Globalization;
using System.Text;
using System.Text.Json;
using Json.Pointer;
using Json.Schema;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Schema;

/// <summary>
/// Validates JSON documents against one of our JSON Schema (2020-12) files, evaluated by JsonSchema.Net. Each failure
/// becomes a <see cref="DefinitionIssue"/> naming the source, the JSON path (<c>$.nodes[1].kind</c>) and what is wrong,
/// phrased from the schema (the allowed values, the minimum, the missing property) so a business admin can fix it.
/// </summary>
public sealed class DefinitionSchemaValidator
{
    private static readonly EvaluationOptions Hierarchical = new() { OutputFormat = OutputFormat.Hierarchical };
    private readonly JsonSchema _schema;
    private readonly JsonElement _schemaRoot;

    /// <summary>Builds a validator for a schema's text; each validator keeps its own schema registry.</summary>
    /// <param name="schemaJson">The schema document.</param>
    public DefinitionSchemaValidator(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        using (var document = JsonDocument.Parse(schemaJson))
        {
            _schemaRoot = document.RootElement.Clone();
        }

        _schema = JsonSchema.FromText(schemaJson, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>Checks <paramref name="instance"/> against the schema; each issue names <paramref name="source"/> and the JSON path.</summary>
    /// <param name="instance">The document to check.</param>
    /// <param name="source">The file or name used in messages.</param>
    /// <returns>Every problem found, empty when the document conforms.</returns>
    public List<DefinitionIssue> Validate(JsonElement instance, string source)
    {
        var issues = new List<DefinitionIssue>();
        var results = _schema.Evaluate(instance, Hierarchical);
        if (!results.IsValid)
        {
            Collect(results, instance, source, issues);
        }

        return issues;
    }

    private void Collect(EvaluationResults node, JsonElement root, string source, List<DefinitionIssue> issues)
    {
        foreach (var (keyword, message) in node.Errors ?? [])
        {
            var path = ToPath(node.InstanceLocation);
            var value = node.InstanceLocation.Evaluate(root);
            if (keyword.Length == 0 && EndsWith(node.EvaluationPath, "additionalProperties"))
            {
                issues.Add(new DefinitionIssue(source, path, null, $"unknown property '{LastSegment(node.InstanceLocation)}'"));
                continue;
            }

            if (keyword == "required" && value is { ValueKind: JsonValueKind.Object } obj && Keyword(node, "required") is { ValueKind: JsonValueKind.Array } required)
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !obj.TryGetProperty(n, out _)))
                {
                    issues.Add(new DefinitionIssue(source, path, null, $"missing required property '{name}'"));
                }

                continue;
            }

            issues.Add(new DefinitionIssue(source, path, null, Phrase(node, keyword, value) ?? message));
        }

        foreach (var child in node.Details ?? [])
        {
            // An "if" that does not match only selects "else"; it is not a failure.
            if (!child.IsValid && !EndsWith(child.EvaluationPath, "if"))
            {
                Collect(child, root, source, issues);
            }
        }
    }

    private string? Phrase(EvaluationResults node, string keyword, JsonElement? value)
    {
        if (Keyword(node, keyword) is not { } rule || value is not { } instance)
        {
            return null;
        }

        return keyword switch
        {
            "type" => $"expected {TypeText(rule)}, found {Describe(instance)}",
            "enum" => $"{instance.GetRawText()} is not one of {string.Join(", ", rule.EnumerateArray().Select(a => a.GetRawText()))}",
            "const" => $"must be {rule.GetRawText()}",
            "minimum" => $"must be at least {rule.GetDouble().ToString(CultureInfo.InvariantCulture)}",
            "minItems" => $"needs at least {rule.GetInt32()} item(s)",
            "minLength" => $"must be at least {rule.GetInt32()} character(s) long",
            "pattern" => $"'{instance.GetString()}' does not match pattern {rule.GetString()}",
            _ => null,
        };
    }

    // The keyword's value in the subschema the result came from. JsonSchema.Net 8.0.5 adds a stray segment to the
    // schema locations of some applicators ("…/then/0/…", "…/items/outcomes"), so segments the schema does not have
    // are skipped rather than failing the lookup.
    private JsonElement? Keyword(EvaluationResults node, string keyword)
    {
        var fragment = Uri.UnescapeDataString(node.SchemaLocation.Fragment.TrimStart('#'));
        if (!JsonPointer.TryParse(fragment, out var pointer))
        {
            return null;
        }

        var current = _schemaRoot;
        for (var i = 0; i < pointer.SegmentCount; i++)
        {
            var segment = pointer[i].ToString();
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
        }

        return current.ValueKind == JsonValueKind.Object && current.TryGetProperty(keyword, out var value) ? value : null;
    }

    private static bool EndsWith(JsonPointer pointer, string segment) => LastSegment(pointer) == segment;

    private static string LastSegment(JsonPointer pointer) => pointer.SegmentCount == 0 ? "" : pointer[pointer.SegmentCount - 1].ToString();

    private static string ToPath(JsonPointer pointer)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < pointer.SegmentCount; i++)
        {
            var segment = pointer[i].ToString();
            path.Append(int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"[{segment}]" : $".{segment}");
        }

        return path.ToString();
    }

    private static string TypeText(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "?";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
