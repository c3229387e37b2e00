using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Workflows.Schema;

namespace Registry.Workflows.Definitions;

/// <summary>
/// Reads and writes the JSON form of a definition. Reading validates against <c>workflows/workflow-definition.schema.json</c>
/// (embedded) and throws <see cref="WorkflowDefinitionException"/> whose issues name the source, the JSON path and what is wrong.
/// A definition read from JSON is a <see cref="DefinitionStatus.Draft"/>; publishing is a separate step.
/// </summary>
public sealed class WorkflowDefinitionJson
{
    private readonly DefinitionSchemaValidator _schema;

    /// <summary>Creates a reader with the embedded schema.</summary>
    public WorkflowDefinitionJson()
    {
        using var stream = typeof(WorkflowDefinitionJson).Assembly.GetManifestResourceStream("Registry.Workflows.workflow-definition.schema.json")
            ?? throw new InvalidOperationException("embedded workflow schema is missing");
        using var reader = new StreamReader(stream);
        _schema = new DefinitionSchemaValidator(reader.ReadToEnd());
    }

    /// <summary>Reads a definition file.</summary>
    /// <param name="path">The file path (used as the source in errors).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The definition, as a draft.</returns>
    public async Task<WorkflowDefinition> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(json, path);
    }

    /// <summary>Reads a definition from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="source">A file name or other source name for error messages.</param>
    /// <returns>The definition, as a draft.</returns>
    public WorkflowDefinition Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new WorkflowDefinitionException([new DefinitionIssue(source, ex.Path ?? "$", null, $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}")]);
        }

        using (document)
        {
            var root = document.RootElement;
            var issues = _schema.Validate(root, source);
            if (issues.Count > 0)
            {
                throw new WorkflowDefinitionException(issues);
            }

            return new WorkflowDefinition(
                root.GetProperty("id").GetString()!,
                root.GetProperty("version").GetInt32(),
                Text(root.GetProperty("displayName")),
                DefinitionStatus.Draft,
                root.GetProperty("start").GetString()!,
                [.. root.GetProperty("nodes").EnumerateArray().Select(Node)],
                [.. root.GetProperty("transitions").EnumerateArray().Select(Transition)]);
        }
    }

    /// <summary>Writes a definition as indented JSON in the same format <see cref="Read"/> accepts.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var nodes = new JsonArray();
        foreach (var node in definition.Nodes)
        {
            var obj = new JsonObject { ["id"] = node.Id, ["kind"] = node.Kind, ["name"] = TextNode(node.Name) };
            if (!node.Inputs.IsEmpty)
            {
                var inputs = new JsonObject();
                foreach (var (key, value) in node.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    inputs[key] = JsonNode.Parse(value.GetRawText());
                }

                obj["inputs"] = inputs;
            }

            nodes.Add(obj);
        }

        var transitions = new JsonArray();
        foreach (var t in definition.Transitions)
        {
            var obj = new JsonObject { ["from"] = t.From, ["to"] = t.To };
            if (t.Outcome is not null)
            {
                obj["outcome"] = t.Outcome;
            }

            if (t.Condition is not null)
            {
                obj["condition"] = t.Condition;
            }

            transitions.Add(obj);
        }

        var root = new JsonObject
        {
            ["id"] = definition.Id,
            ["version"] = definition.Version,
            ["displayName"] = TextNode(definition.DisplayName),
            ["start"] = definition.StartNodeId,
            ["nodes"] = nodes,
            ["transitions"] = transitions,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static NodeDefinition Node(JsonElement e)
    {
        var inputs = ImmutableDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        if (e.TryGetProperty("inputs", out var i))
        {
            foreach (var p in i.EnumerateObject())
            {
                inputs[p.Name] = p.Value.Clone();
            }
        }

        return new NodeDefinition(e.GetProperty("id").GetString()!, e.GetProperty("kind").GetString()!, Text(e.GetProperty("name")), inputs.ToImmutable());
    }

    private static TransitionDefinition Transition(JsonElement e) => new(
        e.GetProperty("from").GetString()!,
        e.GetProperty("to").GetString()!,
        e.TryGetProperty("outcome", out var o) ? o.GetString() : null,
        e.TryGetProperty("condition", out var c) ? c.GetString() : null);

    private static LocalizedText Text(JsonElement e) =>
        new(e.GetProperty("zh").GetString()!, e.TryGetProperty("en", out var en) ? en.GetString() : null);

    private static JsonObject TextNode(LocalizedText text)
    {
        var obj = new JsonObject { ["zh"] = text.Zh };
        if (text.En is not null)
        {
            obj["en"] = text.En;
        }

        return obj;
    }
}
