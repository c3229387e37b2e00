using System.Collections.Immutable;
using Registry.Application.Catalogue;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Application.CaseFlow;

/// <summary>
/// Puts an accepted case on its business type's published workflow: the instance takes the case's id and number, the
/// type's auto-approval eligibility becomes a variable, and the acceptor's own acceptance task is completed by the
/// acceptance itself. Used by the acceptance window and by the demo's first run.
/// </summary>
public static class CaseWorkflowStarter
{
    /// <summary>Starts the catalogue's workflow of <paramref name="type"/> for <paramref name="registrationCase"/> as <paramref name="actor"/>.</summary>
    public static Task<WorkflowInstance> StartAsync(IWorkflowRuntime runtime, RegistrationCase registrationCase, BusinessType type, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        return StartAsync(runtime, registrationCase, type, actor, type.WorkflowId, cancellationToken);
    }

    /// <summary>Starts definition <paramref name="workflowId"/> (the type's bound workflow) for <paramref name="registrationCase"/> as <paramref name="actor"/>.</summary>
    public static async Task<WorkflowInstance> StartAsync(IWorkflowRuntime runtime, RegistrationCase registrationCase, BusinessType type, string actor, string workflowId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(registrationCase);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowId);
        var instance = await runtime.StartAsync(
            new StartRequest(
                workflowId,
                actor,
                registrationCase.Number.Value,
                ImmutableDictionary<string, string>.Empty
                    .Add("businessType", type.Code)
                    .Add("autoEligible", type.AutoApproval ? "true" : "false"))
            {
                InstanceId = registrationCase.Id,
            },
            cancellationToken);

        var acceptance = instance.OpenBookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.HumanTask && b.Role == RegistryRoles.Acceptor);
        return acceptance is null
            ? instance
            : await runtime.CompleteTaskAsync(instance.Id, acceptance.Id, new TaskDecision(actor, Outcomes.Approve, OpinionTemplates.AcceptanceOpinion), cancellationToken);
    }
}
