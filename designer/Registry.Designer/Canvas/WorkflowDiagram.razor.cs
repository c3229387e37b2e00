using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Registry.Designer.Canvas;

/// <summary>
/// A workflow definition drawn read-only (the examiner's case page, the designer's preview): nodes in their stored
/// layout or an automatic layered one, transitions labelled with their outcome, and on a case the current node
/// highlighted, done nodes ticked and the transitions taken traced.
/// </summary>
public partial class WorkflowDiagram
{
    private const int ChineseFits = 9;
    private const int LatinFits = 15;
    private DiagramScene? _scene;

    /// <summary>The element id (also prefixes the arrow markers, so two diagrams on a page do not share them).</summary>
    [Parameter]
    public string Id { get; set; } = "workflow-diagram";

    /// <summary>The nodes in definition order.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<DiagramNode> Nodes { get; set; } = [];

    /// <summary>The transitions in definition order.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<DiagramEdge> Edges { get; set; } = [];

    /// <summary>Stored positions; nodes without one are placed automatically.</summary>
    [Parameter]
    public WorkflowLayout? Layout { get; set; }

    /// <summary>The start node (drawn with a heavier border, placed first).</summary>
    [Parameter]
    public string? StartNodeId { get; set; }

    /// <summary>The selected node (designer), drawn with a selection ring.</summary>
    [Parameter]
    public string? SelectedNodeId { get; set; }

    /// <summary>Shows the legend for current / done / path.</summary>
    [Parameter]
    public bool ShowLegend { get; set; }

    /// <summary>Raised with the node id when a node is clicked.</summary>
    [Parameter]
    public EventCallback<string> OnNodeClick { get; set; }

    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    private DiagramScene Scene => _scene ??= DiagramScene.Build(Nodes, Edges, Layout, StartNodeId);

    private string AriaLabel => D["Canvas_AriaLabel"];

    /// <inheritdoc />
    protected override void OnParametersSet() => _scene = null;

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string ViewBox(DiagramScene scene) => $"0 0 {Px(scene.Width)} {Px(scene.Height)}";

    private static string Translate(DiagramScene.PlacedNode placed) => $"translate({Px(placed.X)} {Px(placed.Y)})";

    private static string Name(DiagramNode node) => IsChinese || string.IsNullOrEmpty(node.NameEn) ? node.NameZh : node.NameEn;

    // What fits a 150 px box at 14 px beside the done tick: about 9 Chinese characters or 15 Latin ones; the full name
    // is in the node's tooltip.
    internal static string Short(string name)
    {
        var fits = name.Any(c => c > 0x2E80) ? ChineseFits : LatinFits;
        return name.Length <= fits ? name : string.Concat(name.AsSpan(0, fits - 1), "…");
    }

    private static string EdgeClass(DiagramEdge edge) => edge.Taken ? "wf-edge edge-taken" : "wf-edge";

    private string NodeClass(DiagramScene.PlacedNode placed)
    {
        var state = placed.Node.State switch
        {
            DiagramNodeState.Current => "node-current",
            DiagramNodeState.Done => "node-done",
            _ => "node-pending",
        };
        return string.Join(' ', new[]
        {
            "wf-node",
            $"kind-{placed.Node.Kind}",
            state,
            placed.IsStart ? "node-start" : null,
            placed.Node.Id == SelectedNodeId ? "node-selected" : null,
            placed.Node.Issues.Count > 0 ? "node-invalid" : null,
            OnNodeClick.HasDelegate ? "node-clickable" : null,
        }.OfType<string>());
    }

    private string KindText(string kind) => D["Canvas_Kind_" + kind] is { ResourceNotFound: false } text ? text : kind;

    private string? OutcomeText(string? outcome) =>
        outcome is null or "done" ? null : D["Canvas_Outcome_" + outcome] is { ResourceNotFound: false } text ? text : outcome;

    private string NodeTitle(DiagramNode node)
    {
        var title = $"{Name(node)} ({KindText(node.Kind)}) · {node.Id}";
        if (node.State != DiagramNodeState.Pending)
        {
            title += " · " + D[node.State == DiagramNodeState.Current ? "Canvas_Legend_Current" : "Canvas_Legend_Done"];
        }

        return node.Issues.Count == 0 ? title : title + "\n" + string.Join("\n", node.Issues);
    }

    private string EdgeTitle(DiagramEdge edge)
    {
        var title = $"{edge.From} → {edge.To}";
        if (OutcomeText(edge.Outcome) is { } outcome)
        {
            title += " · " + outcome;
        }

        if (edge.Condition is not null)
        {
            title += " · " + edge.Condition;
        }

        return edge.Taken ? title + " · " + D["Canvas_Legend_Path"] : title;
    }

    private Task NodeClicked(string nodeId) => OnNodeClick.HasDelegate ? OnNodeClick.InvokeAsync(nodeId) : Task.CompletedTask;
}
