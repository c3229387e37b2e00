using Microsoft.Extensions.Logging;
using Registry.Application.Examination;
using Registry.Application.Transactions;
using Registry.Domain.Codes;
using Registry.Workflows.Runtime;

namespace Registry.Application.CaseFlow;

/// <summary>
/// Workflow timers (a wait of N days or N working days, a signal's timeout) firing as case commands: each due instance is
/// moved on in its own transaction together with its case's status and clock. The web host's Quartz job and the scenario
/// runner both call this, so a timer behaves the same in both.
/// </summary>
public sealed class CaseTimers(
    IWorkflowInstanceStore instances,
    IWorkflowRuntime runtime,
    CaseDecisionService decisions,
    ICaseCommandTransaction transaction,
    TimeProvider time,
    ILogger<CaseTimers> logger)
{
    /// <summary>Fires every timer due now, one instance per transaction; returns how many instances moved on.</summary>
    public async Task<int> FireDueAsync(int maxInstances = 100, CancellationToken cancellationToken = default)
    {
        var due = await instances.FindDueTimersAsync(time.GetUtcNow(), maxInstances, cancellationToken);
        var fired = 0;
        foreach (var instanceId in due)
        {
            try
            {
                await transaction.RunAsync(
                    async ct =>
                    {
                        var after = await runtime.FireTimersAsync(instanceId, ct);
                        if (CaseNumber.TryParse(after.CorrelationId, out var number, out _))
                        {
                            await decisions.SyncAsync(number!.Value, after, "system", ct);
                        }

                        return after;
                    },
                    cancellationToken);
                fired++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One instance that cannot move on must not stop the others; its steps' failures are incidents already.
                logger.LogError(ex, "Workflow timers of instance {InstanceId} could not fire", instanceId);
            }
        }

        return fired;
    }
}
