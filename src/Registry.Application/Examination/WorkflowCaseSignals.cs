using Registry.Application.Cases;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Workflows.Runtime;

namespace Registry.Application.Examination;

/// <summary>
/// <see cref="ICaseSignals"/> on the workflow runtime. The role is checked here, not only by the page. The runtime commits
/// optimistically and re-reads on a conflict, so the loser of a race finds the wait already closed; that closed bookmark
/// names who confirmed and when.
/// </summary>
internal sealed class WorkflowCaseSignals(
    ICaseRepository cases,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    CaseDecisionService decisions,
    Transactions.ICaseCommandTransaction transaction) : ICaseSignals
{
    public async Task ConfirmAsync(string caseNumber, string signalName, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signalName);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(roles);
        var number = CaseNumber.Parse(caseNumber, "caseNumber");
        if (!SignalPermissions.MayConfirm(signalName, roles))
        {
            var allowed = SignalPermissions.RolesFor(signalName);
            throw new SignalRefusedException(SignalRefusal.WrongRole, number.Value, signalName,
                $"signal '{signalName}' may be confirmed only by {(allowed.Count == 0 ? "its own system" : string.Join(", ", allowed))}; {actor} holds {string.Join(", ", roles)}",
                allowedRoles: allowed);
        }

        // One transaction: the signal, the steps it releases (review, recording) and the case with its clock.
        await transaction.RunAsync(
            async ct =>
            {
                await ReceiveAsync(number, signalName, actor, ct);
                return true;
            },
            cancellationToken);
    }

    private async Task ReceiveAsync(CaseNumber number, string signalName, string actor, CancellationToken cancellationToken)
    {
        var registrationCase = await cases.FindAsync(number, cancellationToken)
            ?? throw new DomainValidationException("caseNumber", $"case {number} does not exist");
        var instanceId = registrationCase.WorkflowInstanceId
            ?? throw new SignalRefusedException(SignalRefusal.NotWaiting, number.Value, signalName, $"case {number} has no workflow");
        var instance = await instances.FindAsync(instanceId, cancellationToken)
            ?? throw new InvalidOperationException($"workflow instance {instanceId} of case {number} is missing");
        EnsureWaiting(instance, number.Value, signalName);

        WorkflowInstance after;
        try
        {
            after = await runtime.SignalAsync(instanceId, signalName, actor, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is WorkflowOperationException or WorkflowConcurrencyException)
        {
            // Someone confirmed between our read and our commit: report them, or pass the engine's refusal on.
            var fresh = await instances.FindAsync(instanceId, cancellationToken);
            if (fresh is not null)
            {
                EnsureWaiting(fresh, number.Value, signalName);
            }

            throw;
        }

        await decisions.SyncAsync(number.Value, after, actor, cancellationToken);
    }

    private static void EnsureWaiting(WorkflowInstance instance, string caseNumber, string signalName)
    {
        if (instance.OpenBookmarks.Any(b => b.Kind == BookmarkKind.Signal && b.SignalName == signalName))
        {
            return;
        }

        if (instance.ClosedBookmarks.LastOrDefault(c => c.Bookmark.Kind == BookmarkKind.Signal && c.Bookmark.SignalName == signalName) is { } closed)
        {
            throw new SignalRefusedException(SignalRefusal.AlreadyReceived, caseNumber, signalName,
                $"signal '{signalName}' of case {caseNumber} was already received from {closed.ClosedBy} at {closed.ClosedAt:O}",
                receivedBy: closed.ClosedBy, receivedAt: closed.ClosedAt);
        }

        throw new SignalRefusedException(SignalRefusal.NotWaiting, caseNumber, signalName,
            $"case {caseNumber} is not waiting for signal '{signalName}'");
    }
}
