using Quartz;
using Registry.Scheduling.Expiries;

namespace Registry.Scheduling.Jobs;

/// <summary>Thin Quartz job: runs the register-expiry sweep.</summary>
[DisallowConcurrentExecution]
internal sealed class RegisterExpirySweepJob(IRegisterExpirySweep sweep) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await sweep.RunOnceAsync(cancellationToken);
}
