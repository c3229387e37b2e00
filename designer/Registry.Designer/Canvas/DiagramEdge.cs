namespace Registry.Designer.Canvas;

/// <summary>A transition to draw.</summary>
/// <param name="From">Source node id.</param>
/// <param name="To">Target node id.</param>
/// <param name="Outcome">The outcome that selects it (null: done, drawn without a label).</param>
/// <param name="Taken">The case went along it (traced).</param>
/// <param name="Condition">Its condition, if any (shown as a tooltip).</param>
public sealed record DiagramEdge(string From, string To, string? Outcome, bool Taken = false, string? Condition = null);
