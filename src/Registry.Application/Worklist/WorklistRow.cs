namespace Registry.Application.Worklist;

/// <summary>One task as the query port returns it, before the case and deadline are added.</summary>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="TaskId">The bookmark id, or empty for a done task.</param>
/// <param name="CaseNumber">The instance's correlation id (case number).</param>
/// <param name="DefinitionId">The workflow definition.</param>
/// <param name="Step">The step's display name.</param>
/// <param name="Role">The task's role.</param>
/// <param name="Assignee">Who claimed it.</param>
/// <param name="At">When it opened (open tabs) or was completed (done tab).</param>
/// <param name="Outcome">The outcome on the done tab.</param>
public sealed record WorklistRow(
    Guid InstanceId,
    string TaskId,
    string CaseNumber,
    string DefinitionId,
    string Step,
    string? Role,
    string? Assignee,
    DateTimeOffset At,
    string? Outcome);
