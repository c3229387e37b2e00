namespace Registry.Workflows.Definitions;

/// <summary>The life stage of a definition version.</summary>
public enum DefinitionStatus
{
    /// <summary>Editable; cannot start instances.</summary>
    Draft,

    /// <summary>Immutable; new instances start on the latest published version.</summary>
    Published,
}
