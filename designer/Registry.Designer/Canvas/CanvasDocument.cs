using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Canvas;

/// <summary>
/// The definition JSON the canvas edits, as a JSON tree: every edit changes the tree and the JSON view shows it written
/// back, so the JSON stays the exact source and fields the canvas does not know (description, conditions, formFields)
/// are kept as they are.
/// </summary>
internal sealed class CanvasDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private CanvasDocument(JsonObject root) => Root = root;

    internal JsonObject Root { get; }

    internal string Id => Root["id"]?.GetValue<string>() ?? string.Empty;

    internal string? StartNodeId => Root["start"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    internal JsonArray NodeArray => Root["nodes"] as JsonArray ?? (JsonArray)(Root["nodes"] = new JsonArray());

    internal JsonArray TransitionArray => Root["transitions"] as JsonArray ?? (JsonArray)(Root["transitions"] = new JsonArray());

    internal IEnumerable<JsonObject> Nodes => NodeArray.OfType<JsonObject>();

    internal static CanvasDocument? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject root && root["nodes"] is JsonArray ? new CanvasDocument(root) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal string ToJson() => Root.ToJsonString(Indented);

    internal JsonObject? Node(string id) => Nodes.FirstOrDefault(n => Text(n, "id") == id);

    internal static string Text(JsonNode? node, string property) =>
        node?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

    internal static string NameZh(JsonObject node) => Text(node["name"], "zh");

    internal static string? NameEn(JsonObject node) => node["name"]?["en"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    internal static string Kind(JsonObject node) => Text(node, "kind");

    internal string NewId(string stem)
    {
        var ids = Nodes.Select(n => Text(n, "id")).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; ; i++)
        {
            var id = $"{stem}{i}";
            if (!ids.Contains(id))
            {
                return id;
            }
        }
    }

    internal string AddNode(CanvasNodeKind kind, string nameZh, string nameEn)
    {
        var id = NewId(kind.Kind);
        NodeArray.Add(new JsonObject
        {
            ["id"] = id,
            ["kind"] = kind.Kind,
            ["name"] = new JsonObject { ["zh"] = nameZh, ["en"] = nameEn },
            ["inputs"] = JsonNode.Parse(kind.DefaultInputs),
        });
        return id;
    }

    /// <summary>A copy of a node (inputs and names) under a new id; its transitions are not copied.</summary>
    internal string? Paste(JsonObject copied)
    {
        if (copied.DeepClone() is not JsonObject node)
        {
            return null;
        }

        var id = NewId(Text(copied, "id") + "Copy");
        node["id"] = id;
        NodeArray.Add(node);
        return id;
    }

    internal void RemoveNode(string id)
    {
        if (Node(id) is { } node)
        {
            NodeArray.Remove(node);
        }

        foreach (var t in TransitionArray.OfType<JsonObject>().Where(t => Text(t, "from") == id || Text(t, "to") == id).ToList())
        {
            TransitionArray.Remove(t);
        }
    }

    /// <summary>Renames a node everywhere it is named (transitions, start). False when the new id is taken or empty.</summary>
    internal bool Rename(string id, string newId)
    {
        if (string.IsNullOrWhiteSpace(newId) || Node(newId) is not null || Node(id) is not { } node)
        {
            return false;
        }

        node["id"] = newId;
        foreach (var t in TransitionArray.OfType<JsonObject>())
        {
            if (Text(t, "from") == id)
            {
                t["from"] = newId;
            }

            if (Text(t, "to") == id)
            {
                t["to"] = newId;
            }
        }

        if (StartNodeId == id)
        {
            Root["start"] = newId;
        }

        return true;
    }

    internal static void SetName(JsonObject node, string zh, string? en)
    {
        var name = new JsonObject { ["zh"] = zh };
        if (!string.IsNullOrEmpty(en))
        {
            name["en"] = en;
        }

        node["name"] = name;
    }

    internal static void SetInput(JsonObject node, string input, JsonNode? value)
    {
        var inputs = node["inputs"] as JsonObject ?? (JsonObject)(node["inputs"] = new JsonObject());
        if (value is null)
        {
            inputs.Remove(input);
        }
        else
        {
            inputs[input] = value;
        }
    }

    /// <summary>Connects <paramref name="from"/>'s outcome to <paramref name="to"/>; false when exactly that transition exists.</summary>
    internal bool Connect(string from, string outcome, string to)
    {
        var stored = outcome == Outcomes.Done ? null : outcome;
        if (TransitionArray.OfType<JsonObject>().Any(t => Text(t, "from") == from && Text(t, "to") == to && (t["outcome"] is null ? null : Text(t, "outcome")) == stored && t["condition"] is null))
        {
            return false;
        }

        var transition = new JsonObject { ["from"] = from, ["to"] = to };
        if (stored is not null)
        {
            transition["outcome"] = stored;
        }

        TransitionArray.Add(transition);
        return true;
    }

    internal void RemoveTransition(int index)
    {
        if (index >= 0 && index < TransitionArray.Count)
        {
            TransitionArray.RemoveAt(index);
        }
    }

    internal List<DiagramNode> DiagramNodes(ILookup<string, string> issues) =>
        [.. Nodes.Select(n => new DiagramNode(Text(n, "id"), Kind(n), NameZh(n), NameEn(n)) { Issues = [.. issues[Text(n, "id")]] })];

    internal List<DiagramEdge> DiagramEdges() =>
        [.. TransitionArray.OfType<JsonObject>().Select(t => new DiagramEdge(Text(t, "from"), Text(t, "to"), t["outcome"] is null ? null : Text(t, "outcome"), false, t["condition"] is null ? null : Text(t, "condition")))];
}
