namespace Registry.Application.Worklist;

/// <summary>
/// The person does not hold the role a task needs, so they may not claim (签收) it: an inspector claiming a first-review
/// task would block the reviewers' queue. Nothing was written. The console names the task and the role in its language.
/// </summary>
public sealed class ClaimNotAllowedException : Exception
{
    /// <summary>Creates the exception for the task <paramref name="taskName"/> of case <paramref name="caseNumber"/>.</summary>
    public ClaimNotAllowedException(string caseNumber, string taskName, string role)
        : base($"任务“{taskName}”（业务 {caseNumber}）需要角色 {role}，您没有，不能签收 / task '{taskName}' of case {caseNumber} needs the role {role}")
    {
        CaseNumber = caseNumber;
        TaskName = taskName;
        Role = role;
    }

    /// <summary>Required by the exception pattern.</summary>
    public ClaimNotAllowedException()
        : this(string.Empty, string.Empty, string.Empty)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public ClaimNotAllowedException(string message)
        : base(message)
    {
        CaseNumber = TaskName = Role = string.Empty;
    }

    /// <summary>Required by the exception pattern.</summary>
    public ClaimNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseNumber = TaskName = Role = string.Empty;
    }

    /// <summary>The case (the instance's correlation id).</summary>
    public string CaseNumber { get; }

    /// <summary>The task's step name, e.g. 初审.</summary>
    public string TaskName { get; }

    /// <summary>The role the task needs (a <see cref="Security.RegistryRoles"/> name).</summary>
    public string Role { get; }
}
