using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace Registry.Designer.Canvas;

/// <summary>An outcome of a node (a human task's 通过, a rule check's pass/fail, …): a link dragged from it is a transition.</summary>
public sealed class OutcomePortModel : PortModel
{
    internal OutcomePortModel(DefinitionNodeModel parent, string outcome, int index, int count)
        : base(parent, PortAlignment.Right)
    {
        Outcome = outcome;
        Index = index;
        Count = count;
    }

    /// <summary>The outcome (JSON value of the transition's <c>outcome</c>).</summary>
    public string Outcome { get; }

    /// <summary>Its position among the node's ports (0-based).</summary>
    public int Index { get; }

    /// <summary>How many ports the node has.</summary>
    public int Count { get; }

    /// <summary>The outcome's label in the UI language.</summary>
    public string Label { get; internal set; } = string.Empty;

    /// <summary>Its top edge within the node, in pixels: spread over the node's right edge.</summary>
    public double Top => (Count == 1 ? DiagramScene.NodeHeight / 2 : 8 + (Index * (DiagramScene.NodeHeight - 16) / (Count - 1))) - 5;

    // A transition goes to a node (any node, itself included: a task may loop back), or to a port's node.
    /// <inheritdoc />
    public override bool CanAttachTo(ILinkable other) => other is DefinitionNodeModel || (other is PortModel port && port != this);
}
