using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.Migration;
using Registry.Application.Security;
using Registry.Application.Transactions;
using Registry.Domain.Codes;
using Registry.Workflows.Runtime;

namespace Registry.Application.Alterations;

/// <summary>Cancel and reassign over the engine, each in one case command with the case brought in step; role checked here.</summary>
internal sealed class CaseAlterationsService(
    ICaseRepository cases,
    IWorkflowInstanceStore instances,
    IWorkflowRuntime runtime,
    IStaffDirectory staff,
    CaseDecisionService decisions,
    ICaseCommandTransaction transaction) : ICaseAlterations
{
    /// <summary>The reason code the journal carries for an administrator's cancellation.</summary>
    public const string CancelReasonCode = "ADMIN-CANCELLED";

    public bool MayAlter(IReadOnlyCollection<string> roles) => roles is not null && roles.Contains(RegistryRoles.BusinessAdmin, StringComparer.Ordinal);

    public Task CancelAsync(string caseNumber, string reason, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        Authorize(actor, roles);
        var why = RequireReason(reason);
        return transaction.RunAsync(
            async ct =>
            {
                var instance = await RunningInstanceAsync(caseNumber, ct).ConfigureAwait(false);
                var after = await runtime.WithdrawAsync(instance.Id, actor, CancelReasonCode, why, ct).ConfigureAwait(false);
                return await decisions.SyncAsync(caseNumber, after, actor, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> CandidatesAsync(string caseNumber, string taskId, CancellationToken cancellationToken = default)
    {
        var instance = await RunningInstanceAsync(caseNumber, cancellationToken).ConfigureAwait(false);
        var task = OpenTask(instance, taskId);
        return task.Role is { } role
            ? [.. (await staff.InRoleAsync(role, cancellationToken).ConfigureAwait(false)).Where(m => m.Login != task.Assignee)]
            : [];
    }

    public Task ReassignAsync(string caseNumber, string taskId, string assignee, string reason, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        Authorize(actor, roles);
        var why = RequireReason(reason);
        if (string.IsNullOrWhiteSpace(assignee))
        {
            throw new AlterationRefusedException(AlterationRefusal.AssigneeNotInRole, "assignee");
        }

        return transaction.RunAsync(
            async ct =>
            {
                var instance = await RunningInstanceAsync(caseNumber, ct).ConfigureAwait(false);
                var task = OpenTask(instance, taskId);
                if (task.Assignee == assignee)
                {
                    throw new AlterationRefusedException(AlterationRefusal.AlreadyHeld, "assignee");
                }

                // The person must hold the task's role: a reassignment never gets round the separation of duties by role.
                var members = task.Role is null ? [] : await staff.InRoleAsync(task.Role, ct).ConfigureAwait(false);
                if (!members.Any(m => m.Login == assignee))
                {
                    throw new AlterationRefusedException(AlterationRefusal.AssigneeNotInRole, "assignee");
                }

                try
                {
                    return await runtime.ReassignTaskAsync(instance.Id, taskId, assignee, actor, why, ct).ConfigureAwait(false);
                }
                catch (TaskAlreadyCompletedException)
                {
                    throw new AlterationRefusedException(AlterationRefusal.TaskNotOpen, "task");
                }
            },
            cancellationToken);
    }

    private async Task<WorkflowInstance> RunningInstanceAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var number = CaseNumber.Parse(caseNumber);
        var registrationCase = await cases.FindAsync(number, cancellationToken).ConfigureAwait(false);
        var instance = registrationCase?.WorkflowInstanceId is { } id ? await instances.FindAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return instance is { IsEnded: false }
            ? instance
            : throw new AlterationRefusedException(AlterationRefusal.NotRunning, "case");
    }

    private static Bookmark OpenTask(WorkflowInstance instance, string taskId) =>
        instance.OpenBookmarks.FirstOrDefault(b => b.Id == taskId && b.Kind == BookmarkKind.HumanTask)
            ?? throw new AlterationRefusedException(AlterationRefusal.TaskNotOpen, "task");

    private static string RequireReason(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new AlterationRefusedException(AlterationRefusal.ReasonMissing, "reason") : reason.Trim();

    private void Authorize(string actor, IReadOnlyCollection<string> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!MayAlter(roles))
        {
            throw new MigrationAccessDeniedException(actor);
        }
    }
}
