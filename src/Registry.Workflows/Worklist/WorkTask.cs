namespace Registry.Workflows.Worklist;

/// <summary>One open human task as a worklist shows it.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="BookmarkId">The task's bookmark id (pass to complete, claim, release).</param>
/// <param name="DefinitionId">The definition id.</param>
/// <param name="DefinitionVersion">The definition version the instance runs on.</param>
/// <param name="CorrelationId">The caller's key (case number).</param>
/// <param name="NodeId">The task node.</param>
/// <param name="NodeName">The task's display name.</param>
/// <param name="Role">The role allowed to complete it.</param>
/// <param name="CandidateGroup">The candidate group, if any.</param>
/// <param name="Assignee">Who claimed it, if anyone.</param>
/// <param name="ClaimedAt">When it was claimed.</param>
/// <param name="CreatedAt">When the task was opened.</param>
/// <param name="InstanceSuspended">True while the instance is suspended (the task cannot be completed).</param>
public sealed record WorkTask(
    Guid InstanceId,
    string BookmarkId,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    string NodeId,
    string NodeName,
    string? Role,
    string? CandidateGroup,
    string? Assignee,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset CreatedAt,
    bool InstanceSuspended);
