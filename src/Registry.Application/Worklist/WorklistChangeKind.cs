namespace Registry.Application.Worklist;

/// <summary>The kind of task change a worklist reacts to.</summary>
public enum WorklistChangeKind
{
    /// <summary>A task was claimed (签收).</summary>
    Claimed,

    /// <summary>A claim was released back to the group.</summary>
    Released,

    /// <summary>A task was completed or returned (办结/退回).</summary>
    Completed,

    /// <summary>Anything else that opens or closes tasks: a start, signal, timer, suspension, withdrawal, migration.</summary>
    Other,
}
