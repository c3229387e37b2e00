using System.Collections.Immutable;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Application.Examination;

/// <summary>The earlier human tasks a case may be sent back to, from a task decision or from an incident.</summary>
internal static class ReturnTargets
{
    /// <summary>
    /// Tasks completed on the current path (after a return, the steps after its target are to be redone and are no
    /// longer "earlier"), most recent first, excluding <paramref name="fromNodeId"/>.
    /// </summary>
    public static IReadOnlyList<ReturnTarget> From(WorkflowDefinition definition, IReadOnlyList<JournalEntry> journal, string fromNodeId, ImmutableArray<string> visited) =>
        journal
            .Where(e => e.Action is JournalAction.Completed && e.NodeId is { } id && id != fromNodeId && IsHumanTask(definition, id)
                && (id == definition.StartNodeId || visited.Contains(id)))
            .Reverse()
            .DistinctBy(e => e.NodeId)
            .Select(e => new ReturnTarget(e.NodeId!, e.NodeName ?? e.NodeId!))
            .ToList();

    private static bool IsHumanTask(WorkflowDefinition definition, string nodeId) =>
        definition.Nodes.FirstOrDefault(n => n.Id == nodeId) is { Kind: ActivityKinds.HumanTask } node && HumanTaskInputs.Read(node).Role is not null;
}
