using Registry.Domain.Cases;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Application.CaseFlow;

/// <summary>
/// Keeps the case's legal status (受理 → 审核 → 核定 → 登簿 → 办结) in step with where its workflow instance stands. The
/// workflow is the authority on the route; the case status is what the register file and the statistics report.
/// </summary>
public static class CaseProgress
{
    private static readonly CaseStatus[] Forward = [CaseStatus.Accepted, CaseStatus.UnderReview, CaseStatus.Approved, CaseStatus.Recorded, CaseStatus.Completed];

    /// <summary>The status the case should have for <paramref name="instance"/> of <paramref name="definition"/>.</summary>
    public static CaseStatus Target(RegistrationCase registrationCase, WorkflowInstance instance, WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(definition);
        switch (instance.Status)
        {
            case InstanceStatus.Completed:
                return CaseStatus.Completed;
            case InstanceStatus.Rejected:
                return CaseStatus.Rejected;
            case InstanceStatus.Withdrawn:
                return CaseStatus.Withdrawn;
            case InstanceStatus.Suspended:
                return CaseStatus.Suspended;
        }

        if (registrationCase.Status is CaseStatus.Recorded)
        {
            return CaseStatus.Recorded;
        }

        var roles = instance.CurrentNodeIds
            .Select(id => definition.Nodes.FirstOrDefault(n => n.Id == id))
            .Where(n => n is not null)
            .Select(n => (n!.Kind == ActivityKinds.HumanTask ? HumanTaskInputs.Read(n).Role : null) ?? n.Kind)
            .ToList();
        if (roles.Count > 0 && roles.All(r => r == Security.RegistryRoles.Acceptor))
        {
            return CaseStatus.Accepted;
        }

        return roles.Count > 0 && roles.All(r => r is Security.RegistryRoles.Recorder or Activities.RegistrationActivityKinds.Record or Activities.RegistrationActivityKinds.Certificate)
            ? CaseStatus.Approved
            : CaseStatus.UnderReview;
    }

    /// <summary>Moves the case to <paramref name="target"/> through the legal steps (forward one at a time, or back by a return).</summary>
    public static void MoveTo(RegistrationCase registrationCase, CaseStatus target, DateTimeOffset at, string actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        if (registrationCase.Status == target || !registrationCase.IsOpen)
        {
            return;
        }

        if (registrationCase.Status == CaseStatus.Suspended)
        {
            // Resuming returns to the status held before the suspension; the workflow then says where to go from there.
            var before = registrationCase.History.LastOrDefault(h => h.To == CaseStatus.Suspended)?.From;
            if (target is CaseStatus.Rejected or CaseStatus.Withdrawn || before is null)
            {
                registrationCase.MoveTo(target, at, actor, reason);
                return;
            }

            registrationCase.MoveTo(before.Value, at, actor, reason);
            MoveTo(registrationCase, target, at, actor, reason);
            return;
        }

        if (CaseStatusRules.CanMove(registrationCase.Status, target))
        {
            registrationCase.MoveTo(target, at, actor, reason);
            return;
        }

        MoveForwardTo(registrationCase, target, at, actor, reason);
    }

    /// <summary>Moves the case forward step by step until it reaches <paramref name="target"/> (e.g. Approved → Recorded).</summary>
    public static void MoveForwardTo(RegistrationCase registrationCase, CaseStatus target, DateTimeOffset at, string actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var to = Array.IndexOf(Forward, target);
        while (registrationCase.Status != target && Array.IndexOf(Forward, registrationCase.Status) is var from && from >= 0 && from < to)
        {
            registrationCase.MoveTo(Forward[from + 1], at, actor, reason);
        }
    }
}
