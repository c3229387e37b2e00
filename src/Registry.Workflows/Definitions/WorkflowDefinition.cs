using System.Collections.Immutable;

namespace Registry.Workflows.Definitions;

/// <summary>One version of a workflow definition: nodes and transitions. Layout for the designer is kept elsewhere.</summary>
/// <param name="Id">Definition id, stable across versions (e.g. <c>house-transfer-resale</c>).</param>
/// <param name="Version">Version number, starting at 1.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Status">Draft or published.</param>
/// <param name="StartNodeId">The node an instance starts on.</param>
/// <param name="Nodes">The nodes.</param>
/// <param name="Transitions">The transitions; order matters where several match (first wins, except after a parallel split).</param>
public sealed record WorkflowDefinition(
    string Id,
    int Version,
    LocalizedText DisplayName,
    DefinitionStatus Status,
    string StartNodeId,
    ImmutableArray<NodeDefinition> Nodes,
    ImmutableArray<TransitionDefinition> Transitions)
{
    /// <summary>Finds a node by id.</summary>
    /// <param name="nodeId">The node id.</param>
    /// <returns>The node, or null.</returns>
    public NodeDefinition? FindNode(string nodeId)
    {
        foreach (var node in Nodes)
        {
            if (string.Equals(node.Id, nodeId, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }
}
