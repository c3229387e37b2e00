using Registry.Application.CaseFile;
using Registry.Designer.Canvas;

namespace Registry.Web.Components.Cases;

/// <summary>The case's workflow as the canvas draws it: nodes with where the case stands, transitions with the path taken.</summary>
internal sealed record CaseDiagram(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges, WorkflowLayout? Layout, string? StartNodeId)
{
    internal static async Task<CaseDiagram> FromAsync(CaseFileWorkflow workflow, IWorkflowLayoutStore layouts)
    {
        var nodes = workflow.Nodes
            .Select(n => new DiagramNode(n.Id, n.Kind, n.NameZh, n.NameEn,
                n.IsCurrent ? DiagramNodeState.Current : n.Visited ? DiagramNodeState.Done : DiagramNodeState.Pending))
            .ToList();
        var edges = workflow.Transitions.Select(t => new DiagramEdge(t.From, t.To, t.Outcome, t.Taken)).ToList();
        return new CaseDiagram(nodes, edges, await layouts.FindAsync(workflow.DefinitionId), workflow.StartNodeId);
    }
}
