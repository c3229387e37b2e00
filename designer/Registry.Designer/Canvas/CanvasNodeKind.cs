using Registry.Workflows.Definitions;

namespace Registry.Designer.Canvas;

/// <summary>A node kind as the palette and the property panel see it (from the engine's activity descriptor).</summary>
/// <param name="Kind">The <c>kind</c> in the definition JSON.</param>
/// <param name="Inputs">The inputs the property panel offers, in order.</param>
/// <param name="FixedOutcomes">The outcomes (ports) of the kind; null when the node's <c>outcomes</c> input lists them.</param>
/// <param name="DefaultInputs">The inputs a new node starts with (JSON object text).</param>
public sealed record CanvasNodeKind(string Kind, IReadOnlyList<CanvasInput> Inputs, IReadOnlyList<string>? FixedOutcomes, string DefaultInputs)
{
    /// <summary>The kind's name (zh/en).</summary>
    public LocalizedText DisplayName { get; init; } = new(Kind);

    /// <summary>What the kind does (zh/en).</summary>
    public LocalizedText Description { get; init; } = new(string.Empty);

    /// <summary>The palette group (tasks, automation, flow, registration).</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>The descriptor's icon as MudBlazor SVG (its Material name, e.g. <c>call_split</c>), or empty when MudBlazor has none of that name.</summary>
    public string Icon { get; init; } = string.Empty;
}
