namespace Registry.Workflows.Ports;

/// <summary>The overall verdict of a rule set run.</summary>
public enum RuleSetVerdict
{
    /// <summary>Every rule passed.</summary>
    Pass,

    /// <summary>No blocking failure, at least one warning.</summary>
    Warn,

    /// <summary>At least one blocking rule failed.</summary>
    Block,
}
