using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;

namespace Registry.Designer.Canvas;

/// <summary>The property panel of the canvas editor: typed fields for the selected node, its transitions, its problems.</summary>
public partial class CanvasPropertyPanel
{
    /// <summary>The selected node (its JSON), or null.</summary>
    [Parameter]
    public JsonObject? Node { get; set; }

    /// <summary>The node is the definition's start.</summary>
    [Parameter]
    public bool IsStart { get; set; }

    /// <summary>Shown only.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Rule sets offered by the rule-set picker.</summary>
    [Parameter]
    public IReadOnlyList<string> RuleSets { get; set; } = [];

    /// <summary>Every node id (transition targets).</summary>
    [Parameter]
    public IReadOnlyList<string> NodeIds { get; set; } = [];

    /// <summary>The node's outgoing transitions with their index in the definition.</summary>
    [Parameter]
    public IReadOnlyList<(int Index, DiagramEdge Edge)> Transitions { get; set; } = [];

    /// <summary>What the validator says about the node.</summary>
    [Parameter]
    public IReadOnlyList<string> Issues { get; set; } = [];

    /// <summary>Changes the node.</summary>
    [Parameter]
    public EventCallback<Action<JsonObject>> OnEdit { get; set; }

    /// <summary>Renames the node (new id).</summary>
    [Parameter]
    public EventCallback<string> OnRename { get; set; }

    /// <summary>Points a transition (by index) at another node.</summary>
    [Parameter]
    public EventCallback<(int Index, string To)> OnRetarget { get; set; }

    /// <summary>Removes a transition (by index).</summary>
    [Parameter]
    public EventCallback<int> OnRemoveTransition { get; set; }

    /// <summary>Makes the node the start.</summary>
    [Parameter]
    public EventCallback OnMakeStart { get; set; }

    [Inject]
    private CanvasNodeKinds Kinds { get; set; } = default!;

    private Task Edit(Action<JsonObject> edit) => OnEdit.InvokeAsync(edit);

    private Task SetText(string input, object? value) =>
        Edit(n => CanvasDocument.SetInput(n, input, value?.ToString() is { Length: > 0 } text ? JsonValue.Create(text.Trim()) : null));

    // A count that is not a positive whole number is not written: the validator then names the missing duration.
    private Task SetDays(string input, object? value) =>
        Edit(n => CanvasDocument.SetInput(n, input, int.TryParse(value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0 ? JsonValue.Create(days) : null));

    private Task ToggleOutcome(string input, string outcome, bool on) => Edit(n =>
    {
        var current = n["inputs"]?[input] is JsonArray list ? list.Select(v => v?.GetValue<string>()).OfType<string>().ToList() : [];
        current.Remove(outcome);
        if (on)
        {
            current.Add(outcome);
        }

        // Kept in the schema's order, so toggling twice gives back the same JSON.
        var order = Kinds.Find(CanvasDocument.Kind(n))?.Inputs.FirstOrDefault(i => i.Name == input)?.Choices ?? [];
        var ordered = order.Where(current.Contains).Concat(current.Where(o => !order.Contains(o)));
        CanvasDocument.SetInput(n, input, new JsonArray([.. ordered.Select(o => (JsonNode)JsonValue.Create(o))]));
    });

    private static string? Str(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static IEnumerable<string> WithCurrent(IReadOnlyList<string> known, string? current) =>
        string.IsNullOrEmpty(current) || known.Contains(current) ? known : known.Append(current);

    private string KindText(string kind) => Kinds.Find(kind) is { } known ? CanvasNodeKinds.InCulture(known.DisplayName) : kind;

    private string RoleText(string role) => Or("Canvas_Role_", role);

    private string InputText(string input) => Or("Canvas_Input_", input);

    private string OutcomeText(string outcome) => Or("Canvas_Outcome_", outcome);

    private string ChoiceText(string choice) => Or("Canvas_Choice_", choice);

    private string Or(string prefix, string key) => D[prefix + key] is { ResourceNotFound: false } text ? text : key;
}
