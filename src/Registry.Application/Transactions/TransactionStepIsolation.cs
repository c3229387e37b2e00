using Registry.Application.Cases;
using Registry.Application.Register;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Application.Transactions;

/// <summary>
/// The engine's step isolation on a case command's transaction: a port that fails has its writes undone (a savepoint) and
/// its failure becomes an incident on the case; a conflict with another writer or a cancellation still aborts the whole
/// command, which then runs again on fresh state.
/// </summary>
internal sealed class TransactionStepIsolation(ICaseCommandTransaction transaction) : IStepIsolation
{
    public async Task<Exception?> RunAsync(Func<CancellationToken, Task> step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await transaction.IsolateAsync(
                async ct =>
                {
                    await step(ct);
                    return true;
                },
                cancellationToken);
            return null;
        }
        catch (Exception ex) when (!MustAbort(ex))
        {
            return ex;
        }
    }

    private static bool MustAbort(Exception ex) => ex is OperationCanceledException or CommandConflictException or CaseConcurrencyException
        or RegisterConcurrencyException or WorkflowConcurrencyException or OutOfMemoryException;
}
