using System.Collections.Concurrent;
using Registry.Application.Expiries;

namespace Registry.Scheduling.Tests.Sweeps;

/// <summary>Stands in for the register: records every expiry it is asked to apply.</summary>
internal sealed class RecordingExpiryHandler : IRegisterExpiryHandler
{
    public ConcurrentQueue<RegisterExpiryRecord> Handled { get; } = new();

    public Task<RegisterExpiryOutcome> HandleAsync(RegisterExpiryRecord expiry, CancellationToken cancellationToken = default)
    {
        Handled.Enqueue(expiry);
        return Task.FromResult(new RegisterExpiryOutcome(expiry.Kind == RegisterExpiryKind.ObjectionLapse ? "异议登记已失效" : "已处理"));
    }
}
