using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests.Sweeps;

/// <summary>The nightly self-check job on Quartz in the node's hosted service, driven by the fake clock.</summary>
public sealed class NightlySelfCheckJobTests
{
    [Fact]
    public async Task NightlyJob_FiresAtTwoInTheMorningOfficeTime_NotBefore_OncePerNight()
    {
        // 01:59:00 in the office (17:59 UTC).
        var start = new DateTimeOffset(2026, 11, 24, 1, 59, 0, ChinaTime.Offset);
        var fired = await RunAsync(start, TimeSpan.FromMinutes(3), settings: new Dictionary<string, string?>());

        var at = Assert.Single(fired);
        Assert.InRange(at, new DateTimeOffset(2026, 11, 24, 2, 0, 0, ChinaTime.Offset), new DateTimeOffset(2026, 11, 24, 2, 0, 30, ChinaTime.Offset));
    }

    [Fact]
    public async Task NightlyJob_ScheduleFromConfiguration_FiresAtTheConfiguredTime()
    {
        var start = new DateTimeOffset(2026, 11, 24, 1, 59, 0, ChinaTime.Offset);
        var fired = await RunAsync(start, TimeSpan.FromMinutes(3), new Dictionary<string, string?> { ["SelfCheck:NightlyCron"] = "0 30 3 * * ?" });
        Assert.Empty(fired);

        var later = await RunAsync(new DateTimeOffset(2026, 11, 24, 3, 29, 0, ChinaTime.Offset), TimeSpan.FromMinutes(3), new Dictionary<string, string?> { ["SelfCheck:NightlyCron"] = "0 30 3 * * ?" });
        Assert.InRange(Assert.Single(later), new DateTimeOffset(2026, 11, 24, 3, 30, 0, ChinaTime.Offset), new DateTimeOffset(2026, 11, 24, 3, 30, 30, ChinaTime.Offset));
    }

    [Fact]
    public async Task NightlyJob_InvalidCron_IsRefusedAtStartNamingTheKey()
    {
        var (db, _) = await SchedulingDatabase.CreateAsync(DateTimeOffset.UnixEpoch);
        await using var __ = db;
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.StartNodeAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduling:EnableJobs"] = "true",
            ["SelfCheck:NightlyCron"] = "every night",
        }));
        Assert.Contains("SelfCheck:NightlyCron", e.Message, StringComparison.Ordinal);
    }

    private static async Task<List<DateTimeOffset>> RunAsync(DateTimeOffset start, TimeSpan span, IDictionary<string, string?> settings)
    {
        var (db, _) = await SchedulingDatabase.CreateAsync(start);
        await using var __ = db;
        var nightly = new RecordingNightly(db.Time);
        var node = await db.StartNodeAsync(
            s => s.AddSingleton<IHostApplicationLifetime, StartedLifetime>().AddScoped<INightlySelfCheck>(_ => nightly),
            new Dictionary<string, string?>(settings) { ["Scheduling:EnableJobs"] = "true", ["Scheduling:SweepInterval"] = "01:00:00", ["Scheduling:DispatchInterval"] = "01:00:00" });
        var hosted = node.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            if (service is IHostedLifecycleService lifecycle)
            {
                await lifecycle.StartingAsync(CancellationToken.None);
            }

            await service.StartAsync(CancellationToken.None);
            if (service is IHostedLifecycleService started)
            {
                await started.StartedAsync(CancellationToken.None);
            }
        }

        // Let the scheduler thread settle on the fake clock, then walk the clock forward five seconds at a time.
        await Task.Delay(300);
        for (var t = TimeSpan.Zero; t < span; t += TimeSpan.FromSeconds(5))
        {
            db.Time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(40);
        }

        await Task.Delay(300);
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        return [.. nightly.Fired];
    }

    private sealed class RecordingNightly(TimeProvider time) : INightlySelfCheck
    {
        public ConcurrentQueue<DateTimeOffset> Fired { get; } = new();

        public Task<SelfCheckRun?> RunNightlyAsync(CancellationToken cancellationToken = default)
        {
            Fired.Enqueue(time.GetUtcNow());
            return Task.FromResult<SelfCheckRun?>(null);
        }
    }

    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
