namespace Registry.Workflows.Worklist;

/// <summary>Which tasks a worklist shows by claim state.</summary>
public enum ClaimFilter
{
    /// <summary>Claimed and unclaimed.</summary>
    Any,

    /// <summary>Only tasks nobody has claimed (the group queue).</summary>
    Unclaimed,

    /// <summary>Only claimed tasks.</summary>
    Claimed,
}
