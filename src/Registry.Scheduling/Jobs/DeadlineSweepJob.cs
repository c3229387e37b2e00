using Quartz;
using Registry.Scheduling.Sweeps;

namespace Registry.Scheduling.Jobs;

/// <summary>Thin Quartz job: runs the deadline sweep. The state is data, so a RAM job store is enough.</summary>
[DisallowConcurrentExecution]
internal sealed class DeadlineSweepJob(IDeadlineSweep sweep) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await sweep.RunOnceAsync(cancellationToken);
}
