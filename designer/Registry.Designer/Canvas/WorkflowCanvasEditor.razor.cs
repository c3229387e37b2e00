using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Registry.Designer.Canvas;

/// <summary>
/// Edits a definition draft on a canvas. The JSON (<see cref="Json"/>) is the model: each edit changes it and raises
/// <see cref="JsonChanged"/>, so the page's JSON view always shows the exact source; positions live apart in
/// <see cref="Layout"/>. Undo and redo keep (JSON, positions) snapshots.
/// </summary>
public partial class WorkflowCanvasEditor
{
    private const int UndoDepth = 100;
    private const double Grid = 8;
    private const double VisibleWidth = 960;

    private readonly Stack<(string Json, Dictionary<string, CanvasPoint> Positions)> _undo = new();
    private readonly Stack<(string Json, Dictionary<string, CanvasPoint> Positions)> _redo = new();
    private Dictionary<string, CanvasPoint> _positions = new(StringComparer.Ordinal);
    private CanvasDocument? _document;
    private string? _json;
    private List<DiagramNode> _nodes = [];
    private List<DiagramEdge> _edges = [];
    private ILookup<string, string> _issues = Array.Empty<string>().ToLookup(_ => string.Empty);
    private List<string> _otherIssues = [];
    private string? _selected;
    private int? _selectedEdge;
    private JsonObject? _clipboard;
    private (string NodeId, string Outcome)? _connectFrom;
    private CanvasNodeKind? _dragKind;
    private Drag? _drag;
    private double _zoom = 1;

    /// <summary>The definition JSON (two-way: <c>@bind-Json</c>).</summary>
    [Inject]
    private CanvasNodeKinds Kinds { get; set; } = default!;

    [Parameter]
    public string Json { get; set; } = string.Empty;

    /// <summary>Raised with the new JSON after every edit.</summary>
    [Parameter]
    public EventCallback<string> JsonChanged { get; set; }

    /// <summary>Stored positions; nodes without one are placed automatically.</summary>
    [Parameter]
    public WorkflowLayout? Layout { get; set; }

    /// <summary>Saves the positions as they are now.</summary>
    [Parameter]
    public EventCallback<WorkflowLayout> OnSaveLayout { get; set; }

    /// <summary>Validates JSON with the application's validator (the engine's, with the known roles and rule sets).</summary>
    [Parameter]
    public Func<string, Task<IReadOnlyList<Registry.Workflows.Definitions.DefinitionIssue>>>? Validate { get; set; }

    /// <summary>The rule sets the property panel offers.</summary>
    [Parameter]
    public IReadOnlyList<string> RuleSets { get; set; } = [];

    /// <summary>A published version: shown, not edited.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>The positions now (stored, moved or placed automatically), as a layout to save.</summary>
    public WorkflowLayout CurrentLayout => new(_document?.Id ?? Layout?.DefinitionId ?? string.Empty, _positions);

    private JsonObject? SelectedNode => _selected is null ? null : _document?.Node(_selected);

    private IReadOnlyList<string> NodeIds => _document is null ? [] : [.. _document.Nodes.Select(n => CanvasDocument.Text(n, "id"))];

    private IReadOnlyList<(int Index, DiagramEdge Edge)> SelectedTransitions =>
        _selected is null ? [] : [.. _edges.Select((e, i) => (i, e)).Where(x => x.e.From == _selected)];

    private IReadOnlyList<string> SelectedIssues => _selected is null ? [] : [.. _issues[_selected]];

    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (Json == _json)
        {
            return;
        }

        // New JSON from outside (another version, or typed in the JSON view): read it, keep positions of nodes still there.
        _json = Json;
        _document = CanvasDocument.TryParse(Json);
        var stored = Layout?.Nodes ?? new Dictionary<string, CanvasPoint>();
        foreach (var (id, p) in stored)
        {
            _positions.TryAdd(id, p);
        }

        Refresh();
        await ValidateAsync();
    }

    private void Refresh()
    {
        if (_document is null)
        {
            _nodes = [];
            _edges = [];
            return;
        }

        _nodes = _document.DiagramNodes(_issues);
        _edges = _document.DiagramEdges();
        var missing = _nodes.Where(n => !_positions.ContainsKey(n.Id)).ToList();
        if (missing.Count > 0)
        {
            // Place new or unplaced nodes with the automatic layout of the whole graph, without moving the placed ones.
            var scene = DiagramScene.Build(_nodes, _edges, new WorkflowLayout(_document.Id, _positions), _document.StartNodeId);
            foreach (var placed in scene.Nodes.Where(p => missing.Any(m => m.Id == p.Node.Id)))
            {
                _positions[placed.Node.Id] = new CanvasPoint(placed.X, placed.Y);
            }
        }

        if (_selected is not null && _document.Node(_selected) is null)
        {
            _selected = null;
        }

        if (_selectedEdge >= _edges.Count)
        {
            _selectedEdge = null;
        }
    }

    private async Task ValidateAsync()
    {
        if (Validate is null || _document is null)
        {
            return;
        }

        var issues = await Validate(_json ?? string.Empty);
        var ids = _nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        _issues = issues.Where(i => i.NodeId is not null && ids.Contains(i.NodeId)).ToLookup(i => i.NodeId!, i => i.Message, StringComparer.Ordinal);
        _otherIssues = [.. issues.Where(i => i.NodeId is null || !ids.Contains(i.NodeId)).Select(i => i.Path is null ? i.Message : $"{i.Path}: {i.Message}")];
        _nodes = _document.DiagramNodes(_issues);
    }

    /// <summary>Runs one edit: snapshot for undo, change, write the JSON back, validate.</summary>
    private async Task EditAsync(Action<CanvasDocument> edit)
    {
        if (_document is null || ReadOnly)
        {
            return;
        }

        Push(_undo);
        _redo.Clear();
        edit(_document);
        await CommitAsync();
    }

    private void Push(Stack<(string, Dictionary<string, CanvasPoint>)> stack)
    {
        stack.Push((_json ?? string.Empty, new Dictionary<string, CanvasPoint>(_positions, StringComparer.Ordinal)));
        if (stack.Count > UndoDepth)
        {
            var kept = stack.Take(UndoDepth).Reverse().ToList();
            stack.Clear();
            kept.ForEach(stack.Push);
        }
    }

    private async Task CommitAsync()
    {
        _json = _document!.ToJson();
        Refresh();
        await JsonChanged.InvokeAsync(_json);
        await ValidateAsync();
    }

    private Task Undo() => Restore(_undo, _redo);

    private Task Redo() => Restore(_redo, _undo);

    private async Task Restore(Stack<(string Json, Dictionary<string, CanvasPoint> Positions)> from, Stack<(string, Dictionary<string, CanvasPoint>)> to)
    {
        if (ReadOnly || from.Count == 0)
        {
            return;
        }

        Push(to);
        var (json, positions) = from.Pop();
        _document = CanvasDocument.TryParse(json);
        _positions = positions;
        _json = json;
        Refresh();
        await JsonChanged.InvokeAsync(json);
        await ValidateAsync();
    }

    private Task AddAt(CanvasNodeKind kind, CanvasPoint? at) => EditAsync(d =>
    {
        var id = d.AddNode(kind, KindText(kind.Kind, "zh-CN"), KindText(kind.Kind, "en"));
        _positions[id] = at ?? FreeSpot();
        _selected = id;
        _selectedEdge = null;
    });

    // Below everything placed, so a clicked palette item never lands on a node.
    private CanvasPoint FreeSpot() => _positions.Count == 0
        ? new CanvasPoint(LayeredLayout.Margin, LayeredLayout.Margin)
        : new CanvasPoint(LayeredLayout.Margin, _positions.Values.Max(p => p.Y) + LayeredLayout.RowHeight);

    private async Task OnDrop(DragEventArgs e)
    {
        if (_dragKind is { } kind)
        {
            _dragKind = null;
            await AddAt(kind, Snap(new CanvasPoint((e.OffsetX / _zoom) - (DiagramScene.NodeWidth / 2), (e.OffsetY / _zoom) - (DiagramScene.NodeHeight / 2))));
        }
    }

    private static CanvasPoint Snap(CanvasPoint p) => new(Math.Max(0, Math.Round(p.X / Grid) * Grid), Math.Max(0, Math.Round(p.Y / Grid) * Grid));

    private void OnNodePointerDown(PointerEventArgs e, string id, double x, double y)
    {
        _selected = id;
        _selectedEdge = null;
        if (!ReadOnly)
        {
            _drag = new Drag(id, e.ClientX, e.ClientY, new CanvasPoint(x, y), false);
        }
    }

    private void OnPointerMove(PointerEventArgs e)
    {
        if (_drag is not { } drag || (e.Buttons & 1) == 0)
        {
            return;
        }

        if (!drag.Moved)
        {
            Push(_undo);
            _redo.Clear();
            _drag = drag = drag with { Moved = true };
        }

        _positions[drag.NodeId] = Snap(new CanvasPoint(drag.From.X + ((e.ClientX - drag.StartX) / _zoom), drag.From.Y + ((e.ClientY - drag.StartY) / _zoom)));
    }

    private void OnPointerUp(PointerEventArgs e) => _drag = null;

    private async Task OnNodeClick(string id)
    {
        if (_connectFrom is { } from)
        {
            _connectFrom = null;
            await EditAsync(d => d.Connect(from.NodeId, from.Outcome, id));
            return;
        }

        _selected = id;
        _selectedEdge = null;
    }

    private void StartConnect(string nodeId, string outcome)
    {
        if (!ReadOnly)
        {
            _connectFrom = (nodeId, outcome);
            _selected = nodeId;
        }
    }

    private void SelectEdge(int index)
    {
        _selectedEdge = index;
        _selected = null;
    }

    private void Copy()
    {
        if (SelectedNode is { } node)
        {
            _clipboard = (JsonObject)node.DeepClone();
        }
    }

    private Task Paste() => _clipboard is not { } copied ? Task.CompletedTask : EditAsync(d =>
    {
        var source = CanvasDocument.Text(copied, "id");
        if (d.Paste(copied) is { } id)
        {
            var at = _positions.TryGetValue(source, out var p) ? p : FreeSpot();
            _positions[id] = new CanvasPoint(at.X + (Grid * 3), at.Y + (Grid * 3));
            _selected = id;
        }
    });

    private Task DeleteSelection()
    {
        if (_selectedEdge is { } edge)
        {
            _selectedEdge = null;
            return EditAsync(d => d.RemoveTransition(edge));
        }

        if (_selected is { } id)
        {
            _selected = null;
            return EditAsync(d =>
            {
                d.RemoveNode(id);
                _positions.Remove(id);
            });
        }

        return Task.CompletedTask;
    }

    private Task AutoLayout() => EditAsync(d =>
    {
        _positions = LayeredLayout.Place([.. _nodes.Select(n => n.Id)], [.. _edges.Select(e => (e.From, e.To))], d.StartNodeId);
    });

    private void Zoom(double by) => _zoom = Math.Clamp(Math.Round(_zoom + by, 1), 0.3, 2);

    private void Fit()
    {
        var width = _positions.Count == 0 ? VisibleWidth : _positions.Values.Max(p => p.X) + DiagramScene.NodeWidth + (2 * LayeredLayout.Margin);
        _zoom = Math.Clamp(Math.Floor(VisibleWidth / width * 10) / 10, 0.3, 1);
    }

    private Task SaveLayout() => OnSaveLayout.InvokeAsync(CurrentLayout);

    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        var command = e.CtrlKey || e.MetaKey;
        switch (e.Key)
        {
            case "Delete" or "Backspace":
                await DeleteSelection();
                break;
            case "Escape":
                _connectFrom = null;
                _selected = null;
                _selectedEdge = null;
                break;
            case "z" or "Z" when command && e.ShiftKey:
            case "y" or "Y" when command:
                await Redo();
                break;
            case "z" or "Z" when command:
                await Undo();
                break;
            case "c" or "C" when command:
                Copy();
                break;
            case "v" or "V" when command:
                await Paste();
                break;
            case "+" or "=":
                Zoom(0.1);
                break;
            case "-":
                Zoom(-0.1);
                break;
            case "0":
                Fit();
                break;
            case "l" or "L" when !command:
                await AutoLayout();
                break;
        }
    }

    private Task EditSelected(Action<JsonObject> edit) => _selected is not { } id ? Task.CompletedTask : EditAsync(d =>
    {
        if (d.Node(id) is { } node)
        {
            edit(node);
        }
    });

    private async Task RenameSelected(string newId)
    {
        if (_selected is not { } id || id == newId)
        {
            return;
        }

        var renamed = false;
        await EditAsync(d =>
        {
            renamed = d.Rename(id, newId);
            if (renamed && _positions.Remove(id, out var p))
            {
                _positions[newId] = p;
            }
        });
        if (renamed)
        {
            _selected = newId;
        }
    }

    private Task Retarget((int Index, string To) change) => EditAsync(d =>
    {
        if (d.TransitionArray[change.Index] is JsonObject t)
        {
            t["to"] = change.To;
        }
    });

    private Task RemoveTransition(int index) => EditAsync(d => d.RemoveTransition(index));

    private Task MakeStart() => _selected is not { } id ? Task.CompletedTask : EditAsync(d => d.Root["start"] = id);

    private int EdgeIndex(DiagramEdge edge) => _edges.IndexOf(edge);

    private IReadOnlyList<string> Outcomes(string nodeId) => _document?.Node(nodeId) is { } node ? Kinds.OutcomesOf(node) : [];

    private string NodeClass(DiagramScene.PlacedNode placed) => string.Join(' ', new[]
    {
        "wf-node",
        $"kind-{placed.Node.Kind}",
        placed.IsStart ? "node-start" : null,
        placed.Node.Id == _selected ? "node-selected" : null,
        placed.Node.Issues.Count > 0 ? "node-invalid" : null,
        _connectFrom is not null ? "node-target" : null,
    }.OfType<string>());

    private string PortClass(string nodeId, string outcome) =>
        _connectFrom is { } c && c.NodeId == nodeId && c.Outcome == outcome ? "wfe-port port-active" : "wfe-port";

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Name(DiagramNode node) => IsChinese || string.IsNullOrEmpty(node.NameEn) ? node.NameZh : node.NameEn;

    private static string NodeTitle(DiagramNode node) =>
        node.Issues.Count == 0 ? $"{Name(node)} · {node.Id}" : $"{Name(node)} · {node.Id}\n{string.Join("\n", node.Issues)}";

    private string KindText(string kind) => Kinds.Find(kind) is { } known ? CanvasNodeKinds.InCulture(known.DisplayName) : kind;

    // A new node's name in both languages, whichever the admin works in: the descriptor's.
    private string KindText(string kind, string culture) =>
        Kinds.Find(kind) is { } known ? (culture.StartsWith("zh", StringComparison.Ordinal) ? known.DisplayName.Zh : known.DisplayName.En ?? known.DisplayName.Zh) : kind;

    private string OutcomeText(string outcome) => D["Canvas_Outcome_" + outcome] is { ResourceNotFound: false } text ? text : outcome;

    private string? OutcomeLabel(string? outcome) => outcome is null or "done" ? null : OutcomeText(outcome);

    private sealed record Drag(string NodeId, double StartX, double StartY, CanvasPoint From, bool Moved);
}
