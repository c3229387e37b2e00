using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;

namespace Registry.Designer.Canvas;

/// <summary>
/// The adapter between the definition JSON (the exact model) and Z.Blazor.Diagrams' model. <see cref="Load"/> rebuilds the
/// library's nodes, outcome ports and labelled links from what the JSON says; what the admin does on the library's canvas
/// (a node moved, a link dragged from a port to a node, a node or link removed, the selection) comes back as the events
/// below, which the editor turns into JSON/layout edits — the library's model is never the source.
/// </summary>
public sealed class DefinitionCanvas : IDisposable
{
    private bool _loading;

    /// <summary>Creates the library's diagram: 8 px grid, zoom 30–200 %, links only from an outcome port.</summary>
    /// <param name="readOnly">A published version: nothing moves or connects.</param>
    public DefinitionCanvas(bool readOnly)
    {
        ReadOnly = readOnly;
        var options = new BlazorDiagramOptions
        {
            GridSize = (int)Grid,
            AllowMultiSelection = false,
            Zoom = { Minimum = 0.3, Maximum = 2 },
            Links = { RequireTarget = true, DefaultColor = "#9aa5b1", DefaultSelectedColor = "#6a1b9a" },
        };
        options.Links.Factory = (_, source, target) => source is OutcomePortModel port && !readOnly ? new LinkModel(new SinglePortAnchor(port), target) { TargetMarker = LinkMarker.Arrow } : null;
        Diagram = new BlazorDiagram(options);
        Diagram.RegisterComponent<DefinitionNodeModel, DefinitionNodeWidget>();
        // The editor's own keys act on the JSON (undo-able); the library's Delete would bypass nothing but its bindings differ.
        Diagram.UnregisterBehavior<KeyboardShortcutsBehavior>();
        Diagram.Links.Added += OnLinkAdded;
        Diagram.Links.Removed += OnLinkRemoved;
        Diagram.Nodes.Removed += OnNodeRemoved;
        Diagram.SelectionChanged += OnSelectionChanged;
        Diagram.PointerClick += OnPointerClick;
    }

    /// <summary>The grid nodes snap to, in pixels.</summary>
    public const double Grid = 8;

    /// <summary>The library's diagram (for <c>DiagramCanvas</c>).</summary>
    public BlazorDiagram Diagram { get; }

    /// <summary>A published version is shown, not edited.</summary>
    public bool ReadOnly { get; }

    /// <summary>A node was dragged and dropped: its new (grid-snapped) position.</summary>
    public event Action<string, CanvasPoint>? NodeMoved;

    /// <summary>A link was dragged from a node's outcome port onto a node: (from, outcome, to).</summary>
    public event Action<string, string, string>? Connected;

    /// <summary>A transition's link was removed from the canvas: its index in the JSON.</summary>
    public event Action<int>? TransitionRemoved;

    /// <summary>A node was removed from the canvas: its id.</summary>
    public event Action<string>? NodeRemoved;

    /// <summary>The selection changed: the selected node's id, or the selected transition's index, or neither.</summary>
    public event Action<string?, int?>? SelectionChanged;

    /// <summary>A port was clicked (a click on a node then connects it): (node, outcome).</summary>
    public event Action<string, string>? PortClicked;

    /// <summary>A node was clicked: its id.</summary>
    public event Action<string>? NodeClicked;

    /// <summary>The canvas's nodes, by definition id.</summary>
    public IReadOnlyDictionary<string, DefinitionNodeModel> Nodes { get; private set; } = new Dictionary<string, DefinitionNodeModel>();

    /// <summary>The canvas's transitions, in JSON order.</summary>
    public IReadOnlyList<TransitionLinkModel> Links { get; private set; } = [];

    /// <summary>Rebuilds the library's model from the definition: a node per JSON node, a port per outcome, a link per transition.</summary>
    /// <param name="scene">What to draw.</param>
    public void Load(CanvasScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        _loading = true;
        try
        {
            Diagram.Batch(() =>
            {
                Diagram.Links.Clear();
                Diagram.Nodes.Clear();
                var nodes = new Dictionary<string, DefinitionNodeModel>(StringComparer.Ordinal);
                foreach (var node in scene.Nodes)
                {
                    var model = new DefinitionNodeModel(node, scene.Positions.GetValueOrDefault(node.Id))
                    {
                        Name = scene.Name(node),
                        KindText = scene.KindText(node.Kind),
                        IsStart = node.Id == scene.StartId,
                        IsTarget = scene.ConnectFrom is not null,
                        ActiveOutcome = scene.ConnectFrom is { } c && c.NodeId == node.Id ? c.Outcome : null,
                        Locked = ReadOnly,
                        Title = node.Id,
                    };
                    var outcomes = scene.Outcomes(node.Id);
                    for (var i = 0; i < outcomes.Count; i++)
                    {
                        model.AddPort(new OutcomePortModel(model, outcomes[i], i, outcomes.Count) { Label = scene.OutcomeText(outcomes[i]), Locked = ReadOnly });
                    }

                    model.Moved += OnNodeMoved;
                    nodes[node.Id] = model;
                }

                Diagram.Nodes.Add(nodes.Values);
                var links = new List<TransitionLinkModel>();
                for (var i = 0; i < scene.Edges.Count; i++)
                {
                    var edge = scene.Edges[i];
                    if (!nodes.TryGetValue(edge.From, out var from) || !nodes.TryGetValue(edge.To, out var to))
                    {
                        continue; // a transition naming a missing node: the validator lists it; nothing to draw
                    }

                    var port = from.OutcomePorts.FirstOrDefault(p => p.Outcome == (edge.Outcome ?? "done"));
                    Anchor source = port is null ? new ShapeIntersectionAnchor(from) : new SinglePortAnchor(port);
                    var link = new TransitionLinkModel(i, edge, source, new ShapeIntersectionAnchor(to)) { Locked = ReadOnly };
                    if (scene.OutcomeLabel(edge.Outcome) is { } label)
                    {
                        link.AddLabel(label);
                    }

                    links.Add(link);
                }

                Diagram.Links.Add(links);
                Nodes = nodes;
                Links = links;
                if (scene.SelectedNode is { } selected && nodes.TryGetValue(selected, out var selectedModel))
                {
                    Diagram.SelectModel(selectedModel, true);
                }
                else if (scene.SelectedEdge is { } index && links.FirstOrDefault(l => l.Index == index) is { } selectedLink)
                {
                    Diagram.SelectModel(selectedLink, true);
                }
            });
        }
        finally
        {
            _loading = false;
        }
    }

    /// <summary>Marks the port clicked for a click-to-connect (and every node as a target), or clears the marks.</summary>
    /// <param name="from">The node and outcome, or null.</param>
    public void MarkConnecting((string NodeId, string Outcome)? from)
    {
        foreach (var node in Nodes.Values)
        {
            node.IsTarget = from is not null;
            node.ActiveOutcome = from is { } f && f.NodeId == node.Node.Id ? f.Outcome : null;
            node.Refresh();
        }
    }

    /// <summary>Snaps a canvas point to the grid (never left of or above the origin).</summary>
    /// <param name="p">The point.</param>
    /// <returns>The snapped point.</returns>
    public static CanvasPoint Snap(CanvasPoint p) => new(Math.Max(0, Math.Round(p.X / Grid) * Grid), Math.Max(0, Math.Round(p.Y / Grid) * Grid));

    /// <summary>The canvas point under a browser point (client coordinates), for a palette item dropped there.</summary>
    /// <param name="clientX">Client X.</param>
    /// <param name="clientY">Client Y.</param>
    /// <returns>The top-left of a node centred there, on the grid.</returns>
    public CanvasPoint DropPoint(double clientX, double clientY)
    {
        var p = Diagram.GetRelativeMousePoint(clientX, clientY);
        return Snap(new CanvasPoint(p.X - (DiagramScene.NodeWidth / 2), p.Y - (DiagramScene.NodeHeight / 2)));
    }

    /// <summary>
    /// Zooms (at most 100 %) and pans so every node fits the canvas as the browser measured it; the nodes' boxes are
    /// the widget's fixed size, so this works before the library has measured them.
    /// </summary>
    /// <param name="minimumZoom">The smallest zoom to use (the opening view stays readable and is panned instead).</param>
    public void Fit(double minimumZoom = 0.3)
    {
        if (Diagram.Container is not { } container || Nodes.Count == 0)
        {
            return;
        }

        const double margin = LayeredLayout.Margin;
        var left = Nodes.Values.Min(n => n.Position.X);
        var top = Nodes.Values.Min(n => n.Position.Y);
        var width = Nodes.Values.Max(n => n.Position.X) + DiagramScene.NodeWidth - left + (2 * margin);
        var height = Nodes.Values.Max(n => n.Position.Y) + DiagramScene.NodeHeight - top + (2 * margin);
        var zoom = Math.Clamp(Math.Floor(Math.Min(container.Width / width, container.Height / height) * 10) / 10, minimumZoom, 1);
        Diagram.SetZoom(zoom);
        Diagram.SetPan(margin - (left * zoom), margin - (top * zoom));
    }

    /// <summary>
    /// A spot for a new node inside the part of the canvas the admin sees (the library does not scroll; a node placed
    /// outside would need a pan to find), clear of the nodes there; null before the browser has measured the canvas.
    /// </summary>
    /// <param name="taken">The nodes' positions.</param>
    /// <returns>The top-left of the spot, on the grid.</returns>
    public CanvasPoint? FreeVisibleSpot(IReadOnlyCollection<CanvasPoint> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (Diagram.Container is not { } container)
        {
            return null;
        }

        var zoom = Diagram.Zoom;
        var left = -Diagram.Pan.X / zoom;
        var top = -Diagram.Pan.Y / zoom;
        var width = container.Width / zoom;
        var height = container.Height / zoom;
        const double margin = LayeredLayout.Margin;
        for (var y = top + margin; y + DiagramScene.NodeHeight <= top + height; y += DiagramScene.NodeHeight + margin)
        {
            for (var x = left + margin; x + DiagramScene.NodeWidth <= left + width; x += DiagramScene.NodeWidth + margin)
            {
                var spot = Snap(new CanvasPoint(x, y));
                if (!taken.Any(p => p.X < spot.X + DiagramScene.NodeWidth + Grid && spot.X < p.X + DiagramScene.NodeWidth + Grid
                                    && p.Y < spot.Y + DiagramScene.NodeHeight + Grid && spot.Y < p.Y + DiagramScene.NodeHeight + Grid))
                {
                    return spot;
                }
            }
        }

        return null;
    }

    /// <summary>Removes the selected node or link from the library's model (raising <see cref="NodeRemoved"/> or <see cref="TransitionRemoved"/>).</summary>
    public void RemoveSelected()
    {
        if (ReadOnly)
        {
            return;
        }

        foreach (var model in Diagram.GetSelectedModels().ToList())
        {
            switch (model)
            {
                case DefinitionNodeModel node:
                    Diagram.Nodes.Remove(node);
                    return;
                case TransitionLinkModel link:
                    Diagram.Links.Remove(link);
                    return;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Diagram.Links.Added -= OnLinkAdded;
        Diagram.Links.Removed -= OnLinkRemoved;
        Diagram.Nodes.Removed -= OnNodeRemoved;
        Diagram.SelectionChanged -= OnSelectionChanged;
        Diagram.PointerClick -= OnPointerClick;
    }

    private void OnNodeMoved(MovableModel model)
    {
        if (!_loading && model is DefinitionNodeModel node)
        {
            NodeMoved?.Invoke(node.Node.Id, Snap(new CanvasPoint(node.Position.X, node.Position.Y)));
        }
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        if (!_loading && link is not TransitionLinkModel)
        {
            link.TargetAttached += OnTargetAttached;
        }
    }

    // A link dragged from a port and dropped on a node (or one of its ports) is a new transition; the temporary link goes,
    // the JSON edit redraws the canvas with the transition.
    private void OnTargetAttached(BaseLinkModel link)
    {
        link.TargetAttached -= OnTargetAttached;
        var to = link.Target.Model switch
        {
            DefinitionNodeModel node => node,
            PortModel port => port.Parent as DefinitionNodeModel,
            _ => null,
        };
        if (link.Source.Model is OutcomePortModel from && from.Parent is DefinitionNodeModel source && to is not null)
        {
            Connected?.Invoke(source.Node.Id, from.Outcome, to.Node.Id);
        }
    }

    private void OnLinkRemoved(BaseLinkModel link)
    {
        link.TargetAttached -= OnTargetAttached;
        // A node's removal takes its links first (the node is already out of the layer): the node's edit removes its
        // transitions, so those links raise nothing of their own (their indices would shift under one another).
        if (!_loading && link is TransitionLinkModel transition && Diagram.Nodes.Contains(Nodes[transition.Edge.From]) && Diagram.Nodes.Contains(Nodes[transition.Edge.To]))
        {
            TransitionRemoved?.Invoke(transition.Index);
        }
    }

    private void OnNodeRemoved(NodeModel node)
    {
        node.Moved -= OnNodeMoved;
        if (!_loading && node is DefinitionNodeModel removed)
        {
            NodeRemoved?.Invoke(removed.Node.Id);
        }
    }

    private void OnSelectionChanged(SelectableModel model)
    {
        if (_loading)
        {
            return;
        }

        var selected = Diagram.GetSelectedModels().ToList();
        SelectionChanged?.Invoke(
            selected.OfType<DefinitionNodeModel>().FirstOrDefault()?.Node.Id,
            selected.OfType<TransitionLinkModel>().FirstOrDefault()?.Index);
    }

    private void OnPointerClick(Model? model, Blazor.Diagrams.Core.Events.PointerEventArgs e)
    {
        switch (model)
        {
            case OutcomePortModel port when port.Parent is DefinitionNodeModel node && !ReadOnly:
                PortClicked?.Invoke(node.Node.Id, port.Outcome);
                break;
            case DefinitionNodeModel node:
                NodeClicked?.Invoke(node.Node.Id);
                break;
        }
    }
}
