using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Registry.Application.CaseFlow;

namespace Registry.Scheduling.Jobs;

/// <summary>
/// Thin Quartz job: fires the workflow timers that are due (a working-day wait such as the ex-officio correction's notice
/// period, a signal's timeout), each instance with its case in one transaction. The due instants are data (the bookmark
/// index), so a missed run catches up on the next one and nothing fires twice.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class WorkflowTimerJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseTimers>().FireDueAsync(cancellationToken: cancellationToken);
    }
}
