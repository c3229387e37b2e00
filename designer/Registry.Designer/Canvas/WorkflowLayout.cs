using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Designer.Canvas;

/// <summary>
/// Where the designer put each node of a definition (<c>workflows/*.layout.json</c>). Positions only: the meaning (nodes,
/// transitions) lives in the definition, so moving a node never changes a version and a layout never needs publishing.
/// </summary>
/// <param name="DefinitionId">The definition it belongs to.</param>
/// <param name="Nodes">Top-left corner per node id; a node without one is placed by the automatic layered layout.</param>
public sealed record WorkflowLayout(string DefinitionId, IReadOnlyDictionary<string, CanvasPoint> Nodes)
{
    /// <summary>No stored positions: every node placed automatically.</summary>
    /// <param name="definitionId">The definition id.</param>
    /// <returns>An empty layout.</returns>
    public static WorkflowLayout Empty(string definitionId) => new(definitionId, new Dictionary<string, CanvasPoint>(StringComparer.Ordinal));

    /// <summary>Reads a layout file's JSON (<c>{"definition": …, "nodes": {"id": {"x": …, "y": …}}}</c>).</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="JsonException">The text is not a layout.</exception>
    public static WorkflowLayout Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A layout is a JSON object.");
        var id = root["definition"]?.GetValue<string>() ?? throw new JsonException("A layout names its \"definition\".");
        var nodes = new Dictionary<string, CanvasPoint>(StringComparer.Ordinal);
        if (root["nodes"] is JsonObject positions)
        {
            foreach (var (nodeId, value) in positions)
            {
                if (value is JsonObject p && p["x"] is { } x && p["y"] is { } y)
                {
                    nodes[nodeId] = new CanvasPoint(x.GetValue<double>(), y.GetValue<double>());
                }
            }
        }

        return new WorkflowLayout(id, nodes);
    }

    /// <summary>Writes the layout as a layout file's JSON (nodes in the order given, whole pixels).</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson()
    {
        var nodes = new JsonObject();
        foreach (var (id, p) in Nodes)
        {
            nodes[id] = new JsonObject { ["x"] = Math.Round(p.X), ["y"] = Math.Round(p.Y) };
        }

        var root = new JsonObject
        {
            ["definition"] = DefinitionId,
            ["comment"] = "Designer layout only (positions); meaning lives in the definition.",
            ["nodes"] = nodes,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
