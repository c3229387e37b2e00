namespace Registry.Workflows.Runtime;

/// <summary>The status of a workflow instance.</summary>
public enum InstanceStatus
{
    /// <summary>Waiting on one or more bookmarks.</summary>
    Running,

    /// <summary>Suspended (中止); tasks stay open but cannot be completed until resumed.</summary>
    Suspended,

    /// <summary>Ended normally.</summary>
    Completed,

    /// <summary>Ended by rejection (不予登记/驳回).</summary>
    Rejected,

    /// <summary>Withdrawn by the applicant (撤回).</summary>
    Withdrawn,
}
