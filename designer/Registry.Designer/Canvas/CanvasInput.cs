using Registry.Workflows.Definitions;

namespace Registry.Designer.Canvas;

/// <summary>A typed input of a node kind.</summary>
/// <param name="Name">The key under the node's <c>inputs</c>.</param>
/// <param name="Type">How it is edited.</param>
/// <param name="Required">The engine refuses the node without it.</param>
/// <param name="Choices">Allowed values (for <see cref="CanvasInputType.Choice"/> and <see cref="CanvasInputType.Outcomes"/>).</param>
public sealed record CanvasInput(string Name, CanvasInputType Type, bool Required = false, IReadOnlyList<string>? Choices = null)
{
    /// <summary>The descriptor's help text (zh/en), or null.</summary>
    public LocalizedText? Help { get; init; }
}
