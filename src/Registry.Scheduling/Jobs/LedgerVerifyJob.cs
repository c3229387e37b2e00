using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Registry.Application.Ledger;

namespace Registry.Scheduling.Jobs;

/// <summary>
/// Thin Quartz job: every night, verify the register ledger, the journals and the checkpoints; the audit alerts on the
/// first broken link, or takes a new signed checkpoint when everything holds.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class LedgerVerifyJob(IServiceScopeFactory scopes, ILogger<LedgerVerifyJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<ILedgerAudit>() is not { } audit)
        {
            logger.LogWarning("Ledger verification not run: no ledger audit is registered in this host");
            return;
        }

        var result = await audit.VerifyAndCheckpointAsync(cancellationToken);
        logger.LogInformation("Ledger verification: {Events} register links, {Entries} entries, {Rows} journal rows, {Checkpoints} checkpoints in {Seconds:0.0} s; intact: {Intact}",
            result.RegisterEvents, result.RegisterEntries, result.JournalRows, result.Checkpoints, result.Elapsed.TotalSeconds, result.IsIntact);
    }
}
