using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Models;

namespace Registry.Designer.Canvas;

/// <summary>A transition of the definition drawn as a link: <see cref="Index"/> is its place in the JSON's <c>transitions</c>.</summary>
public sealed class TransitionLinkModel : LinkModel
{
    internal TransitionLinkModel(int index, DiagramEdge edge, Anchor source, Anchor target)
        : base(IdOf(index, edge), source, target)
    {
        Index = index;
        Edge = edge;
        TargetMarker = LinkMarker.Arrow;
    }

    /// <summary>Index in the definition's <c>transitions</c> array.</summary>
    public int Index { get; }

    /// <summary>The transition.</summary>
    public DiagramEdge Edge { get; }

    // The library writes the id on the link's element (data-link-id): what the transition is, readable in the page.
    private static string IdOf(int index, DiagramEdge edge) => $"transition:{edge.From}:{edge.Outcome ?? "done"}:{edge.To}:{index}";
}
