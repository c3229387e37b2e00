namespace Registry.Application.Designer;

/// <summary>A business type bound to a workflow definition: new cases of the type start on the definition's latest published version.</summary>
/// <param name="BusinessType">The business type code.</param>
/// <param name="DefinitionId">The workflow definition id.</param>
/// <param name="BoundAt">When it was bound.</param>
/// <param name="BoundBy">Who bound it (<c>catalogue</c> for the seed from the catalogue files).</param>
public sealed record BusinessTypeWorkflowBinding(string BusinessType, string DefinitionId, DateTimeOffset BoundAt, string BoundBy);
