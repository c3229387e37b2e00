namespace Registry.Application.Alterations;

/// <summary>
/// A business admin's alterations of a running case, each one case command with its reason journaled: cancelling the
/// case's workflow (终止), and reassigning or delegating an open task to another person of its role (转办).
/// </summary>
public interface ICaseAlterations
{
    /// <summary>Whether a person holding <paramref name="roles"/> may alter running cases (business admins).</summary>
    bool MayAlter(IReadOnlyCollection<string> roles);

    /// <summary>
    /// Ends the case's workflow with <paramref name="reason"/>: open tasks are cancelled, the instance ends as withdrawn
    /// (the register knows no other way for an application to stop before a decision) and the case with it.
    /// </summary>
    /// <exception cref="Migration.MigrationAccessDeniedException">Not a business admin.</exception>
    /// <exception cref="AlterationRefusedException">No reason, or the case's workflow is not running.</exception>
    Task CancelAsync(string caseNumber, string reason, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);

    /// <summary>The people an open task of the case may be reassigned to (members of its role, other than its holder).</summary>
    Task<IReadOnlyList<StaffMember>> CandidatesAsync(string caseNumber, string taskId, CancellationToken cancellationToken = default);

    /// <summary>Hands the open task <paramref name="taskId"/> to <paramref name="assignee"/>, with <paramref name="reason"/> journaled.</summary>
    /// <exception cref="Migration.MigrationAccessDeniedException">Not a business admin.</exception>
    /// <exception cref="AlterationRefusedException">No reason, the task is not open, or the assignee does not hold its role.</exception>
    Task ReassignAsync(string caseNumber, string taskId, string assignee, string reason, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);
}
