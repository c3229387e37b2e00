namespace Registry.Workflows.Activities;

/// <summary>Where the values of a node input come from; the validator checks them against the known sets of the engine's options.</summary>
public enum PickerSource
{
    /// <summary>Free text (or the input's allowed values, if it has any).</summary>
    None,

    /// <summary>Roles and candidate groups (<see cref="WorkflowEngineOptions.KnownRoles"/>).</summary>
    Roles,

    /// <summary>Published rule sets (<see cref="WorkflowEngineOptions.KnownRuleSets"/>).</summary>
    RuleSets,

    /// <summary>External signal names (<see cref="WorkflowEngineOptions.KnownSignals"/>).</summary>
    Signals,
}
