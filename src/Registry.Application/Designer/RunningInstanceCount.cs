namespace Registry.Application.Designer;

/// <summary>How many instances of one definition version have not ended.</summary>
/// <param name="DefinitionId">The definition id.</param>
/// <param name="Version">The version the instances are bound to.</param>
/// <param name="Count">Running or suspended instances.</param>
public sealed record RunningInstanceCount(string DefinitionId, int Version, int Count);
