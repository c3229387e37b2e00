namespace Registry.Workflows.Runtime;

/// <summary>What a bookmark waits for.</summary>
public enum BookmarkKind
{
    /// <summary>A person completing a human task.</summary>
    HumanTask,

    /// <summary>A named external signal (e.g. <c>tax-paid</c>).</summary>
    Signal,

    /// <summary>A due instant; the host sweeps due timers (no thread or timer per instance).</summary>
    Timer,

    /// <summary>
    /// An automatic step that could not proceed (its port refused or failed): the instance is held at that node with the
    /// reason (variable <c>{node}.incident</c>) until someone retries the step or ends the case.
    /// </summary>
    Incident,
}
