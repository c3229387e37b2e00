using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Registry.Application.Inspection.SelfCheckRuns;

namespace Registry.Scheduling.Jobs;

/// <summary>
/// Thin Quartz job: the nightly quality self-check (质检自检) over the cases completed since the last successful nightly
/// run. One at a time in this process (<see cref="DisallowConcurrentExecutionAttribute"/>); across processes the store lets one
/// run be active, and a night that finds another run alive skips (the next night covers its cases).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class NightlySelfCheckJob(IServiceScopeFactory scopes, ILogger<NightlySelfCheckJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<INightlySelfCheck>() is not { } nightly)
        {
            logger.LogWarning("Nightly self-check not run: quality inspection is not registered in this host");
            return;
        }

        try
        {
            var run = await nightly.RunNightlyAsync(cancellationToken);
            if (run is not null)
            {
                logger.LogInformation("Nightly self-check {RunId} {Status}: {Checked} cases, {WithFindings} with findings {Reason}",
                    run.Id, run.Status, run.CheckedCases, run.CasesWithFindings, run.FailureReason);
            }
        }
        catch (SelfCheckRunConflictException e)
        {
            logger.LogInformation("Nightly self-check skipped: {Reason}", e.Message);
        }
    }
}
