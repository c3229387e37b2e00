using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace Registry.Designer.Canvas;

/// <summary>A definition node on the Z.Blazor.Diagrams canvas: what <see cref="DefinitionNodeWidget"/> draws.</summary>
public sealed class DefinitionNodeModel : NodeModel
{
    internal DefinitionNodeModel(DiagramNode node, CanvasPoint at)
        : base(new Point(at.X, at.Y))
    {
        Node = node;
    }

    /// <summary>The node as read from the definition JSON (id, kind, names, validation issues).</summary>
    public DiagramNode Node { get; }

    /// <summary>The node's name in the UI language.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The node's kind, as the descriptor names it in the UI language.</summary>
    public string KindText { get; internal set; } = string.Empty;

    /// <summary>The definition starts here.</summary>
    public bool IsStart { get; internal set; }

    /// <summary>A port was clicked: a click on this node connects that outcome to it.</summary>
    public bool IsTarget { get; internal set; }

    /// <summary>The port clicked for a click-to-connect, if it is one of this node's.</summary>
    public string? ActiveOutcome { get; internal set; }

    /// <summary>One port per outcome, in the kind's order.</summary>
    public IEnumerable<OutcomePortModel> OutcomePorts => Ports.OfType<OutcomePortModel>();
}
