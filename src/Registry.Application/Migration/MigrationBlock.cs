namespace Registry.Application.Migration;

/// <summary>Why an instance cannot move under a plan (the page words each in the UI language).</summary>
public enum MigrationBlock
{
    /// <summary>It can move.</summary>
    None,

    /// <summary>It waits on a node the plan does not map, and the target has no node of that id.</summary>
    Unmapped,

    /// <summary>The plan maps its node to a node of another kind (a task onto a wait, a wait onto an automatic step).</summary>
    KindMismatch,

    /// <summary>It is suspended (中止): resume it first.</summary>
    Suspended,

    /// <summary>It is held at an incident (异常): retry or resolve it first.</summary>
    Incident,

    /// <summary>It has ended or moved to another version since the dry run.</summary>
    NoLongerOnSource,

    /// <summary>The engine refused the move (the detail says why).</summary>
    Refused,
}
