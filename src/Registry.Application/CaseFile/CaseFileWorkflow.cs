using Registry.Application.Deadlines;

namespace Registry.Application.CaseFile;

/// <summary>The case's workflow: its definition as a Mermaid diagram with the current node(s) highlighted, and the nodes as a list.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">Definition id.</param>
/// <param name="DefinitionVersion">Definition version the case is bound to.</param>
/// <param name="DefinitionNameZh">Definition name in Chinese.</param>
/// <param name="Status">Instance status (InstanceStatus name).</param>
/// <param name="Mermaid">Mermaid flowchart text; current nodes carry the <c>current</c> class.</param>
/// <param name="Nodes">Nodes in definition order.</param>
/// <param name="OpenTasks">Human tasks waiting now.</param>
/// <param name="SignalWaits">External signals (e.g. 完税 tax paid) the case waits for now.</param>
public sealed record CaseFileWorkflow(
    Guid InstanceId,
    string DefinitionId,
    int DefinitionVersion,
    string DefinitionNameZh,
    string Status,
    string Mermaid,
    IReadOnlyList<CaseFileNode> Nodes,
    IReadOnlyList<CaseFileTask> OpenTasks,
    IReadOnlyList<CaseFileSignalWait> SignalWaits)
{
    /// <summary>Automatic steps that could not proceed (异常): the case is held at them until retried or refused.</summary>
    public IReadOnlyList<CaseFileIncident> Incidents { get; init; } = [];

    /// <summary>The definition's transitions in definition order, each marked when the journal shows the case took it.</summary>
    public IReadOnlyList<CaseFileTransition> Transitions { get; init; } = [];

    /// <summary>The definition's start node.</summary>
    public string? StartNodeId { get; init; }
}

/// <summary>An open incident: an automatic step held with its reason.</summary>
/// <param name="IncidentId">Bookmark id of the incident (a retry names it, so a stale page cannot act twice).</param>
/// <param name="NodeId">Node id.</param>
/// <param name="NodeName">Node name, e.g. 登簿.</param>
/// <param name="Reason">Why the step could not proceed.</param>
/// <param name="Since">When it was raised.</param>
public sealed record CaseFileIncident(string IncidentId, string NodeId, string NodeName, string Reason, DateTimeOffset Since)
{
    /// <summary>Earlier tasks the case may be sent back to instead of retrying (most recent first).</summary>
    public IReadOnlyList<Examination.ReturnTarget> ReturnTargets { get; init; } = [];
}

/// <summary>An open wait for an external signal.</summary>
/// <param name="NodeId">Node id.</param>
/// <param name="NameZh">Node name in Chinese, e.g. 完税.</param>
/// <param name="NameEn">Node name in English, e.g. Tax paid.</param>
/// <param name="SignalName">The signal, e.g. <c>tax-paid</c>.</param>
/// <param name="Since">When the wait opened.</param>
/// <param name="ConfirmRoles">Roles that may confirm it by hand in the console; empty when only its system delivers it.</param>
public sealed record CaseFileSignalWait(string NodeId, string NameZh, string NameEn, string SignalName, DateTimeOffset Since, IReadOnlyList<string> ConfirmRoles);

/// <summary>A node of the definition.</summary>
/// <param name="Id">Node id.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Kind">Activity kind.</param>
/// <param name="Role">Role of a human task.</param>
/// <param name="IsCurrent">The case waits here now.</param>
/// <param name="Visited">The journal shows the node ran or was completed.</param>
public sealed record CaseFileNode(string Id, string NameZh, string NameEn, string Kind, string? Role, bool IsCurrent, bool Visited);

/// <summary>An open human task.</summary>
/// <param name="TaskId">Bookmark id: a decision names it, so a stale page cannot act on a later task.</param>
/// <param name="NodeId">Node id.</param>
/// <param name="NodeName">Node name.</param>
/// <param name="Role">Role that may decide it.</param>
/// <param name="Assignee">Who claimed it, if anyone.</param>
/// <param name="Since">When it opened.</param>
public sealed record CaseFileTask(string TaskId, string NodeId, string NodeName, string? Role, string? Assignee, DateTimeOffset Since);

/// <summary>One line of the journal as plain history.</summary>
/// <param name="Sequence">Order.</param>
/// <param name="At">When.</param>
/// <param name="Action">JournalAction name.</param>
/// <param name="NodeName">Step.</param>
/// <param name="Actor">Who.</param>
/// <param name="Outcome">Outcome.</param>
/// <param name="Opinion">Opinion or reason.</param>
/// <param name="ReasonCode">Reason code given with the step, if any.</param>
/// <param name="ReturnTo">Return target, if any.</param>
public sealed record CaseFileJournalLine(long Sequence, DateTimeOffset At, string Action, string? NodeName, string Actor, string? Outcome, string? Opinion, string? ReasonCode, string? ReturnTo);

/// <summary>The statutory clock.</summary>
/// <param name="TimeLimitCode">Limit class, e.g. TL-5.</param>
/// <param name="Stage">Green, amber, red, escalated or closed.</param>
/// <param name="DueAt">Due instant.</param>
/// <param name="RemainingWorkingDays">Working days left (0 when due or overdue).</param>
/// <param name="IsPaused">The clock is stopped now.</param>
/// <param name="Pauses">Intervals that do not count.</param>
/// <param name="Extensions">Approved extensions.</param>
/// <param name="ClosedAt">When the case finished, or null.</param>
/// <param name="IsProvisional">The due date was counted on a year whose official calendar is not loaded (暂定).</param>
public sealed record CaseFileDeadline(
    string TimeLimitCode,
    DeadlineStage Stage,
    DateTimeOffset DueAt,
    int RemainingWorkingDays,
    bool IsPaused,
    IReadOnlyList<DeadlinePauseRecord> Pauses,
    IReadOnlyList<DeadlineExtensionRecord> Extensions,
    DateTimeOffset? ClosedAt,
    bool IsProvisional = false);
