using System.Collections.Immutable;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>
/// Describes a node kind (Elsa's activity descriptor): its typed inputs, the outcomes it can produce, and how a designer shows
/// it. The engine validates every node against its kind's descriptor; a designer builds its palette and property panel from them.
/// </summary>
/// <param name="Kind">The <c>kind</c> of a node in JSON, e.g. <c>humanTask</c>.</param>
/// <param name="DisplayName">Name shown in a palette.</param>
/// <param name="Category">Palette group: <c>tasks</c>, <c>automation</c>, <c>flow</c>, <c>registration</c>…</param>
/// <param name="Icon">An icon name (Material icon names, e.g. <c>person</c>).</param>
/// <param name="Inputs">The inputs a node of this kind may give.</param>
/// <param name="Outcomes">
/// The outcomes a node of this kind can produce (transitions may only use these). For a human task these are the
/// outcomes the node may allow; each node lists its own in its <c>outcomes</c> input.
/// </param>
/// <param name="Description">What the kind does.</param>
public sealed record ActivityDescriptor(
    string Kind,
    LocalizedText DisplayName,
    string Category,
    string Icon,
    ImmutableArray<InputDescriptor> Inputs,
    ImmutableArray<string> Outcomes,
    LocalizedText Description)
{
    /// <summary>Finds an input by name.</summary>
    /// <param name="name">The JSON key.</param>
    /// <returns>The input, or null when the kind has no such input.</returns>
    public InputDescriptor? FindInput(string name)
    {
        foreach (var input in Inputs)
        {
            if (string.Equals(input.Name, name, StringComparison.Ordinal))
            {
                return input;
            }
        }

        return null;
    }
}
