using System.Globalization;

namespace Registry.Designer.Canvas;

/// <summary>
/// The drawn picture of a definition: each node's box and each transition's line with its label point, in canvas pixels.
/// Stored positions are used where the layout has them; the others come from <see cref="LayeredLayout"/>.
/// </summary>
internal sealed class DiagramScene
{
    internal const double NodeWidth = 150;
    internal const double NodeHeight = 52;

    private DiagramScene(IReadOnlyList<PlacedNode> nodes, IReadOnlyList<PlacedEdge> edges, double width, double height)
    {
        Nodes = nodes;
        Edges = edges;
        Width = width;
        Height = height;
    }

    internal IReadOnlyList<PlacedNode> Nodes { get; }

    internal IReadOnlyList<PlacedEdge> Edges { get; }

    internal double Width { get; }

    internal double Height { get; }

    internal static DiagramScene Build(IReadOnlyList<DiagramNode> nodes, IReadOnlyList<DiagramEdge> edges, WorkflowLayout? layout, string? startId)
    {
        var stored = layout?.Nodes ?? new Dictionary<string, CanvasPoint>();
        var positions = new Dictionary<string, CanvasPoint>(StringComparer.Ordinal);
        if (nodes.Any(n => !stored.ContainsKey(n.Id)))
        {
            var auto = LayeredLayout.Place([.. nodes.Select(n => n.Id)], [.. edges.Select(e => (e.From, e.To))], startId);
            foreach (var (id, p) in auto)
            {
                positions[id] = p;
            }
        }

        foreach (var node in nodes)
        {
            if (stored.TryGetValue(node.Id, out var p))
            {
                positions[node.Id] = p;
            }
        }

        var placed = nodes.Select(n => new PlacedNode(n, positions[n.Id].X, positions[n.Id].Y, n.Id == startId)).ToList();
        var byId = placed.GroupBy(p => p.Node.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Several transitions between the same two nodes (approve and warn both to 复审) are fanned apart.
        var lines = new List<PlacedEdge>();
        foreach (var group in edges.Where(e => byId.ContainsKey(e.From) && byId.ContainsKey(e.To)).GroupBy(e => (e.From, e.To)))
        {
            var i = 0;
            var count = group.Count();
            foreach (var edge in group)
            {
                lines.Add(Route(edge, byId[edge.From], byId[edge.To], (i++ - ((count - 1) / 2.0)) * 14));
            }
        }

        var width = placed.Count == 0 ? 200 : placed.Max(p => p.X + NodeWidth) + LayeredLayout.Margin;
        var height = placed.Count == 0 ? 100 : Math.Max(placed.Max(p => p.Y + NodeHeight), lines.Count == 0 ? 0 : lines.Max(l => l.Lowest)) + LayeredLayout.Margin + 16;
        return new DiagramScene(placed, lines, width, height);
    }

    private static PlacedEdge Route(DiagramEdge edge, PlacedNode from, PlacedNode to, double spread)
    {
        // Forward: right side to left side, a smooth S. Backward (a return to an earlier step) or upward/downward in the
        // same column: out of the bottom and into the bottom, bowed below both nodes, so it never runs through boxes.
        if (to.X > from.X + (NodeWidth / 2))
        {
            var (x1, y1) = (from.X + NodeWidth, from.Y + (NodeHeight / 2) + spread);
            var (x2, y2) = (to.X, to.Y + (NodeHeight / 2) + spread);
            var dx = Math.Max(30, (x2 - x1) / 2);
            var path = Invariant($"M {x1:0.#} {y1:0.#} C {x1 + dx:0.#} {y1:0.#}, {x2 - dx:0.#} {y2:0.#}, {x2:0.#} {y2:0.#}");
            return new PlacedEdge(edge, path, (x1 + x2) / 2, ((y1 + y2) / 2) - 4, Math.Max(y1, y2));
        }
        else
        {
            var (x1, y1) = (from.X + (NodeWidth / 2) + spread, from.Y + NodeHeight);
            var (x2, y2) = (to.X + (NodeWidth / 2) + spread, to.Y + NodeHeight);
            var dip = Math.Max(y1, y2) + 36 + (Math.Abs(x1 - x2) / 12);
            var path = Invariant($"M {x1:0.#} {y1:0.#} C {x1:0.#} {dip:0.#}, {x2:0.#} {dip:0.#}, {x2:0.#} {y2:0.#}");
            return new PlacedEdge(edge, path, (x1 + x2) / 2, (0.25 * (y1 + y2)) + (0.75 * dip) - 4, dip);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A node with its box.</summary>
    internal sealed record PlacedNode(DiagramNode Node, double X, double Y, bool IsStart);

    /// <summary>A transition with its SVG path and label point; <paramref name="Lowest"/> is its lowest y.</summary>
    internal sealed record PlacedEdge(DiagramEdge Edge, string Path, double LabelX, double LabelY, double Lowest);
}
