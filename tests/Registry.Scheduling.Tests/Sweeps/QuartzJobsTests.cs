using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Application.Deadlines;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests.Sweeps;

public sealed class QuartzJobsTests
{
    [Fact]
    public async Task HostedQuartz_RunsTheSweepAndTheDispatcher_WarningReachesTheInbox()
    {
        var accepted = new DateTimeOffset(2025, 11, 3, 10, 0, 0, ChinaTime.Offset);
        var (db, _) = await SchedulingDatabase.CreateAsync(accepted);
        var logs = new ListLoggerProvider();
        await using var __ = db;
        var node = await db.StartNodeAsync(s => s.AddSingleton<IHostApplicationLifetime, StartedLifetime>().AddSingleton<ILoggerProvider>(logs), settings: new Dictionary<string, string?>
        {
            ["Scheduling:EnableJobs"] = "true",
            ["Scheduling:SweepInterval"] = "00:00:00.200",
            ["Scheduling:DispatchInterval"] = "00:00:00.500",
        });
        Assert.Same(db.Time, node.GetRequiredService<TimeProvider>());
        await node.GetRequiredService<ICaseDeadlineService>().TrackAsync(new TrackCaseDeadline("Q-1", "TransferSale", "TL-5", accepted) { Assignee = "li.na" });
        db.Time.SetUtcNow(accepted.AddDays(3));

        var hosted = node.GetServices<IHostedService>().ToList();
        Assert.NotEmpty(hosted);
        // What the generic host does: StartingAsync, StartAsync, StartedAsync.
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

        IReadOnlyList<InboxItem> inbox = [];
        for (var i = 0; i < 100 && inbox.Count == 0; i++)
        {
            await Task.Delay(100);
            db.Time.Advance(TimeSpan.FromSeconds(1));
            inbox = await node.GetRequiredService<IStaffInbox>().ListAsync(["user:li.na"]);
        }

        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.True(inbox.Count == 1, string.Join("\n", logs.Lines));
        var item = inbox[0];
        Assert.Equal("Q-1", item.CaseNumber);
        Assert.Equal(NotificationTemplates.DeadlineAmber, item.TemplateKey);
    }

    /// <summary>What a running host provides: the application has started.</summary>
    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    private sealed class ListLoggerProvider : ILoggerProvider, ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");

        public void Dispose()
        {
        }
    }
}
