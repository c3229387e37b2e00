namespace Registry.Workflows.Journal;

/// <summary>What a journal entry records.</summary>
public enum JournalAction
{
    /// <summary>Instance started.</summary>
    Started,

    /// <summary>A node became active (a task or wait was opened).</summary>
    Activated,

    /// <summary>A human task was completed.</summary>
    Completed,

    /// <summary>A task was returned to an earlier task.</summary>
    Returned,

    /// <summary>An automatic node executed (rule check, auto decision, split, join, record, certificate, notify).</summary>
    Executed,

    /// <summary>A signal resumed a wait.</summary>
    Signalled,

    /// <summary>A timer fell due.</summary>
    TimerFired,

    /// <summary>An open bookmark was cancelled by the engine (e.g. on return or end).</summary>
    Cancelled,

    /// <summary>The instance was suspended.</summary>
    Suspended,

    /// <summary>The instance was resumed.</summary>
    Resumed,

    /// <summary>The instance was withdrawn.</summary>
    Withdrawn,

    /// <summary>The instance was migrated to another definition version.</summary>
    Migrated,

    /// <summary>The instance ended.</summary>
    Ended,

    /// <summary>A person claimed (签收) a human task.</summary>
    Claimed,

    /// <summary>A claimed human task was released back to its role or group.</summary>
    Released,

    /// <summary>An automatic step could not proceed; an incident bookmark holds the instance at the node.</summary>
    IncidentRaised,

    /// <summary>An incident's step was run again.</summary>
    IncidentRetried,

    /// <summary>An incident was closed by ending the instance (rejection) instead of retrying.</summary>
    IncidentResolved,

    /// <summary>An administrator handed an open human task to another person of its role (转办), with the reason.</summary>
    Reassigned,
}
