namespace Registry.Designer.Canvas;

/// <summary>What <see cref="DefinitionCanvas.Load"/> draws: the definition's nodes and transitions, where they stand, and how to label them.</summary>
/// <param name="Nodes">The nodes (with their validation issues).</param>
/// <param name="Edges">The transitions, in JSON order.</param>
/// <param name="Positions">Each node's top-left.</param>
/// <param name="StartId">The start node.</param>
/// <param name="Outcomes">A node's outcomes (its ports).</param>
public sealed record CanvasScene(
    IReadOnlyList<DiagramNode> Nodes,
    IReadOnlyList<DiagramEdge> Edges,
    IReadOnlyDictionary<string, CanvasPoint> Positions,
    string? StartId,
    Func<string, IReadOnlyList<string>> Outcomes)
{
    /// <summary>A node's name in the UI language.</summary>
    public Func<DiagramNode, string> Name { get; init; } = n => n.NameZh;

    /// <summary>A kind's name in the UI language.</summary>
    public Func<string, string> KindText { get; init; } = k => k;

    /// <summary>An outcome's name in the UI language.</summary>
    public Func<string, string> OutcomeText { get; init; } = o => o;

    /// <summary>A transition's label (null: none, for <c>done</c>).</summary>
    public Func<string?, string?> OutcomeLabel { get; init; } = o => o is null or "done" ? null : o;

    /// <summary>The selected node.</summary>
    public string? SelectedNode { get; init; }

    /// <summary>The selected transition's index.</summary>
    public int? SelectedEdge { get; init; }

    /// <summary>The port clicked to connect by clicks (node, outcome).</summary>
    public (string NodeId, string Outcome)? ConnectFrom { get; init; }
}
