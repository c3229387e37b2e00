using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>One version opened in the designer: the parsed definition, its JSON and its Mermaid diagram text.</summary>
/// <param name="Definition">The definition (its status says whether it can still be edited).</param>
/// <param name="Json">The JSON document in the repository file format.</param>
/// <param name="Mermaid">The Mermaid <c>flowchart TD</c> text.</param>
public sealed record DesignerVersionView(WorkflowDefinition Definition, string Json, string Mermaid);
