using Registry.Application.Cases;
using Registry.Application.Security;
using Registry.Application.Transactions;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Workflows.Runtime;

namespace Registry.Application.Examination;

/// <summary>
/// Handling an incident (异常) on a case: an automatic step (review, booking, certificate, notice) that could not proceed
/// holds the case with its reason. Once the cause is gone (the restriction lifted, the data source back) an approver or
/// recorder retries the step; or refuses the registration with a reason. Each is one case command.
/// </summary>
public sealed class CaseIncidents(
    ICaseRepository cases,
    IWorkflowRuntime runtime,
    CaseDecisionService decisions,
    ICaseCommandTransaction transaction)
{
    /// <summary>Roles that may act on incidents.</summary>
    public static readonly IReadOnlySet<string> Handlers = new HashSet<string>(StringComparer.Ordinal) { RegistryRoles.Approver, RegistryRoles.Recorder, RegistryRoles.BusinessAdmin };

    /// <summary>Whether a person holding <paramref name="roles"/> may retry or resolve incidents.</summary>
    public static bool MayHandle(IReadOnlyCollection<string> roles) => roles is not null && roles.Any(Handlers.Contains);

    /// <summary>Runs the held step again.</summary>
    /// <exception cref="DecisionNotAllowedException">The person's roles may not handle incidents.</exception>
    /// <exception cref="TaskAlreadyCompletedException">Someone retried or resolved it first (names who and when).</exception>
    public Task<RegistrationCase> RetryAsync(string caseNumber, string incidentId, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        Authorize(actor, roles);
        return transaction.RunAsync(
            async ct =>
            {
                var instanceId = await InstanceOfAsync(caseNumber, ct);
                var after = await runtime.RetryIncidentAsync(instanceId, incidentId, actor, ct);
                return await decisions.SyncAsync(caseNumber, after, actor, ct);
            },
            cancellationToken);
    }

    /// <summary>Refuses the registration at the held step (不予登记) with <paramref name="reason"/>.</summary>
    /// <exception cref="DecisionInvalidException">No reason given.</exception>
    public Task<RegistrationCase> RejectAsync(string caseNumber, string incidentId, string actor, IReadOnlyCollection<string> roles, string reason, CancellationToken cancellationToken = default)
    {
        Authorize(actor, roles);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DecisionInvalidException([new DecisionError("reason", "不予登记须写明理由 (a refusal needs its reason, Regulation art. 22)")]);
        }

        return transaction.RunAsync(
            async ct =>
            {
                var instanceId = await InstanceOfAsync(caseNumber, ct);
                var after = await runtime.RejectAtIncidentAsync(instanceId, incidentId, actor, null, reason.Trim(), ct);
                return await decisions.SyncAsync(caseNumber, after, actor, ct);
            },
            cancellationToken);
    }

    /// <summary>Sends the case back to an earlier completed task (<paramref name="returnTo"/>) instead of retrying, with <paramref name="reason"/>.</summary>
    /// <exception cref="DecisionInvalidException">No reason, or a target that is not an earlier completed task of this case.</exception>
    public Task<RegistrationCase> ReturnAsync(string caseNumber, string incidentId, string actor, IReadOnlyCollection<string> roles, string returnTo, string reason, CancellationToken cancellationToken = default)
    {
        Authorize(actor, roles);
        var errors = new List<DecisionError>();
        if (string.IsNullOrWhiteSpace(returnTo))
        {
            errors.Add(new DecisionError("returnTo", "退回须选择退回的环节 (a return names the step it goes back to)"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DecisionError("reason", "退回须写明理由 (a return needs its reason)"));
        }

        if (errors.Count > 0)
        {
            throw new DecisionInvalidException(errors);
        }

        return transaction.RunAsync(
            async ct =>
            {
                var instanceId = await InstanceOfAsync(caseNumber, ct);
                WorkflowInstance after;
                try
                {
                    after = await runtime.ReturnAtIncidentAsync(instanceId, incidentId, actor, returnTo, reason.Trim(), ct);
                }
                catch (WorkflowOperationException e)
                {
                    throw new DecisionInvalidException([new DecisionError("returnTo", $"“{returnTo}”不是本案已办理的在先环节，不能退回至此 (not an earlier completed step of this case: {e.Message})")]);
                }

                return await decisions.SyncAsync(caseNumber, after, actor, ct);
            },
            cancellationToken);
    }

    private static void Authorize(string actor, IReadOnlyCollection<string> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!MayHandle(roles))
        {
            throw new DecisionNotAllowedException($"{actor} 的角色（{string.Join("、", roles ?? [])}）不能处理异常；须由核定、登簿或业务管理人员处理。");
        }
    }

    private async Task<Guid> InstanceOfAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var number = CaseNumber.Parse(caseNumber);
        var registrationCase = await cases.FindAsync(number, cancellationToken)
            ?? throw new DomainValidationException("caseNumber", $"case {number} does not exist");
        return registrationCase.WorkflowInstanceId
            ?? throw new DomainValidationException("caseNumber", $"case {number} has no workflow");
    }
}
