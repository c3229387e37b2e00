using Quartz;
using Registry.Scheduling.Notifications;

namespace Registry.Scheduling.Jobs;

/// <summary>Thin Quartz job: delivers due outbox messages.</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxDispatchJob(IOutboxDispatcher dispatcher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await dispatcher.DispatchDueAsync(cancellationToken);
}
