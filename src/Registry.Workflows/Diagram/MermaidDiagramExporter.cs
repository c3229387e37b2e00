using System.Text;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Diagram;

/// <summary>Exports a definition as Mermaid flowchart text; with an instance, its current node(s) get the <c>current</c> class.</summary>
public static class MermaidDiagramExporter
{
    /// <summary>Exports a definition, optionally highlighting where an instance waits.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="instance">An instance of that definition, or null.</param>
    /// <returns>Mermaid <c>flowchart TD</c> text.</returns>
    public static string Export(WorkflowDefinition definition, WorkflowInstance? instance = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder("flowchart TD\n");
        foreach (var node in definition.Nodes)
        {
            var label = Escape(node.Name.Zh);
            var shape = node.Kind switch
            {
                ActivityKinds.HumanTask => $"[\"{label}\"]",
                ActivityKinds.RuleCheck or ActivityKinds.AutoDecision => $"{{\"{label}\"}}",
                ActivityKinds.ParallelSplit or ActivityKinds.Join => $"{{{{\"{label}\"}}}}",
                ActivityKinds.Wait => $"[/\"{label}\"/]",
                ActivityKinds.End => $"((\"{label}\"))",
                _ => $"([\"{label}\"])",
            };
            text.Append("    ").Append(Id(node.Id)).Append(shape).Append('\n');
        }

        foreach (var t in definition.Transitions)
        {
            var label = t.Outcome is null && t.Condition is null
                ? string.Empty
                : $"|\"{Escape(string.Join(' ', new[] { t.Outcome, t.Condition is null ? null : $"[{t.Condition}]" }.Where(p => p is not null)))}\"|";
            var arrow = t.Outcome == Outcomes.Return ? "-.->" : "-->";
            text.Append("    ").Append(Id(t.From)).Append(' ').Append(arrow).Append(label).Append(' ').Append(Id(t.To)).Append('\n');
        }

        if (instance is not null)
        {
            text.Append("    classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px\n");
            foreach (var nodeId in instance.CurrentNodeIds)
            {
                text.Append("    class ").Append(Id(nodeId)).Append(" current\n");
            }
        }

        return text.ToString();
    }

    // Prefix ids so a node called "end" or "graph" cannot collide with Mermaid keywords.
    private static string Id(string nodeId) => "n_" + nodeId.Replace('-', '_');

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);
}
