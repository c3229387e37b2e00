using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Registry.Designer.Canvas;

/// <summary>
/// Edits a definition draft on a canvas. The JSON (<see cref="Json"/>) is the model: each edit changes it and raises
/// <see cref="JsonChanged"/>, so the page's JSON view always shows the exact source; positions live apart in
/// <see cref="Layout"/>. Undo and redo keep (JSON, positions) snapshots. The canvas itself is Z.Blazor.Diagrams, fed and
/// read through <see cref="DefinitionCanvas"/>: its model is redrawn from the JSON after each edit, and its events (node
/// moved, link dragged from a port to a node, removal, selection) come back here as edits.
/// </summary>
public partial class WorkflowCanvasEditor : IDisposable
{
    private const int UndoDepth = 100;
    private const double Grid = DefinitionCanvas.Grid;

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
    private DefinitionCanvas? _canvas;

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

    /// <summary>The adapter to the library's canvas: what the admin does there arrives through its events.</summary>
    public DefinitionCanvas? Canvas => _canvas;

    /// <summary>The positions now (stored, moved or placed automatically), as a layout to save.</summary>
    public WorkflowLayout CurrentLayout => new(_document?.Id ?? Layout?.DefinitionId ?? string.Empty, _positions);

    private JsonObject? SelectedNode => _selected is null ? null : _document?.Node(_selected);

    private IReadOnlyList<string> NodeIds => _document is null ? [] : [.. _document.Nodes.Select(n => CanvasDocument.Text(n, "id"))];

    private IReadOnlyList<(int Index, DiagramEdge Edge)> SelectedTransitions =>
        _selected is null ? [] : [.. _edges.Select((e, i) => (i, e)).Where(x => x.e.From == _selected)];

    private IReadOnlyList<string> SelectedIssues => _selected is null ? [] : [.. _issues[_selected]];

    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    private double ZoomLevel => _canvas?.Diagram.Zoom ?? 1;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_canvas is null || _canvas.ReadOnly != ReadOnly)
        {
            CreateCanvas();
        }
        else if (Json == _json)
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

    /// <inheritdoc />
    public void Dispose()
    {
        _canvas?.Dispose();
        GC.SuppressFinalize(this);
    }

    // The library's events arrive inside its own pointer handling (on the renderer's dispatcher): selection and zoom
    // only change what is shown, at once; an edit, which redraws the library's model, runs just after.
    private void CreateCanvas()
    {
        _canvas?.Dispose();
        _canvas = new DefinitionCanvas(ReadOnly);
        _canvas.NodeMoved += (id, at) => Now(() => MoveNode(id, at));
        _canvas.Connected += (from, outcome, to) => Later(() => EditAsync(d => d.Connect(from, outcome, to)));
        _canvas.TransitionRemoved += index => Later(() => EditAsync(d => d.RemoveTransition(index)));
        _canvas.NodeRemoved += id => Later(() => EditAsync(d =>
        {
            d.RemoveNode(id);
            _positions.Remove(id);
        }));
        _canvas.SelectionChanged += (node, edge) => Now(() =>
        {
            _selected = node;
            _selectedEdge = edge;
        });
        _canvas.PortClicked += (node, outcome) => Now(() => StartConnect(node, outcome));
        _canvas.NodeClicked += id => Later(() => OnNodeClick(id));
        _canvas.Diagram.ZoomChanged += () => Now(() => { });
        // The first time the browser reports the canvas's size, the definition is fitted into it (not below 60 %, so
        // names stay readable; the rest is a pan or a zoom away).
        _canvas.Diagram.ContainerChanged += FitOnce;
        _json = null;
    }

    private void FitOnce()
    {
        if (_canvas is { Diagram.Container: not null } canvas)
        {
            canvas.Diagram.ContainerChanged -= FitOnce;
            canvas.Fit(minimumZoom: 0.6);
        }
    }

    private void Now(Action change)
    {
        change();
        StateHasChanged();
    }

    private void Later(Func<Task> work) => _ = InvokeAsync(async () =>
    {
        await Task.Yield();
        await work();
        StateHasChanged();
    });

    private void MoveNode(string id, CanvasPoint at)
    {
        if (ReadOnly || _positions.GetValueOrDefault(id) == at)
        {
            return;
        }

        Push(_undo);
        _redo.Clear();
        _positions[id] = at;
    }

    // Redraws the library's model from the JSON (nodes, ports, links, marks) and the positions.
    private void Redraw() => _canvas?.Load(new CanvasScene(_nodes, _edges, _positions, _document?.StartNodeId, Outcomes)
    {
        Name = Name,
        KindText = KindText,
        OutcomeText = OutcomeText,
        OutcomeLabel = OutcomeLabel,
        SelectedNode = _selected,
        SelectedEdge = _selectedEdge,
        ConnectFrom = _connectFrom,
    });

    private void Refresh()
    {
        if (_document is null)
        {
            _nodes = [];
            _edges = [];
            Redraw();
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

        Redraw();
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
        Redraw();
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

    // In view and clear of the nodes there; else below everything placed, so a clicked palette item never lands on a node.
    private CanvasPoint FreeSpot() => _canvas?.FreeVisibleSpot(_positions.Values) is { } visible ? visible : _positions.Count == 0
        ? new CanvasPoint(LayeredLayout.Margin, LayeredLayout.Margin)
        : new CanvasPoint(LayeredLayout.Margin, _positions.Values.Max(p => p.Y) + LayeredLayout.RowHeight);

    private async Task OnDrop(DragEventArgs e)
    {
        if (_dragKind is { } kind)
        {
            _dragKind = null;
            await AddAt(kind, _canvas!.DropPoint(e.ClientX, e.ClientY));
        }
    }

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
            _canvas?.MarkConnecting(_connectFrom);
        }
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

    // Removed from the library's model; its Removed event edits the JSON (as for any removal on the canvas).
    private void DeleteSelection()
    {
        if (!ReadOnly && (_selected is not null || _selectedEdge is not null))
        {
            _selected = null;
            _selectedEdge = null;
            _canvas?.RemoveSelected();
        }
    }

    private Task AutoLayout() => EditAsync(d =>
    {
        _positions = LayeredLayout.Place([.. _nodes.Select(n => n.Id)], [.. _edges.Select(e => (e.From, e.To))], d.StartNodeId);
    });

    private void Zoom(double by) => _canvas?.Diagram.SetZoom(Math.Clamp(Math.Round(ZoomLevel + by, 1), 0.3, 2));

    // Fits every node into the canvas as the browser measured it.
    private void Fit() => _canvas?.Fit();

    private Task SaveLayout() => OnSaveLayout.InvokeAsync(CurrentLayout);

    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        var command = e.CtrlKey || e.MetaKey;
        switch (e.Key)
        {
            case "Delete" or "Backspace":
                DeleteSelection();
                break;
            case "Escape":
                _connectFrom = null;
                _selected = null;
                _selectedEdge = null;
                _canvas?.MarkConnecting(null);
                _canvas?.Diagram.UnselectAll();
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

    private IReadOnlyList<string> Outcomes(string nodeId) => _document?.Node(nodeId) is { } node ? Kinds.OutcomesOf(node) : [];

    private string CategoryText(string category) => D["Canvas_Category_" + category] is { ResourceNotFound: false } text ? text : category;

    private static string Name(DiagramNode node) => IsChinese || string.IsNullOrEmpty(node.NameEn) ? node.NameZh : node.NameEn;

    private string KindText(string kind) => Kinds.Find(kind) is { } known ? CanvasNodeKinds.InCulture(known.DisplayName) : kind;

    // A new node's name in both languages, whichever the admin works in: the descriptor's.
    private string KindText(string kind, string culture) =>
        Kinds.Find(kind) is { } known ? (culture.StartsWith("zh", StringComparison.Ordinal) ? known.DisplayName.Zh : known.DisplayName.En ?? known.DisplayName.Zh) : kind;

    private string OutcomeText(string outcome) => D["Canvas_Outcome_" + outcome] is { ResourceNotFound: false } text ? text : outcome;

    private string? OutcomeLabel(string? outcome) => outcome is null or "done" ? null : OutcomeText(outcome);
}
