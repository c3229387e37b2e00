using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Deadlines;

namespace Registry.Benchmarks.Calendar;

/// <summary>
/// Per-call cost of the working-day calendar after load (target: at most 1 µs per call). Each benchmark
/// runs <see cref="Calls"/> calls over varied dates, so the reported time is per call.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
[MemoryDiagnoser]
public class WorkingDayCalendarBenchmarks
{
    private const int Calls = 1024;

    private IWorkingDayCalendar _calendar = null!;
    private IDeadlineCalculator _deadlines = null!;
    private ServiceProvider _services = null!;
    private DateOnly[] _dates = null!;
    private DateTimeOffset[] _instants = null!;
    private CaseClock[] _clocks = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Calendar:Directory"] = FindCalendars() })
            .Build();
        _services = new ServiceCollection().AddRegistryCalendar(configuration).BuildServiceProvider();
        _calendar = _services.GetRequiredService<IWorkingDayCalendar>();
        _deadlines = _services.GetRequiredService<IDeadlineCalculator>();

        // Starts spread over Jan 2025 – Oct 2026 so that +30 working days stays inside the loaded years.
        var random = new Random(20251001);
        _dates = new DateOnly[Calls];
        _instants = new DateTimeOffset[Calls];
        _clocks = new CaseClock[Calls];
        for (var i = 0; i < Calls; i++)
        {
            _dates[i] = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 660));
            _instants[i] = new DateTimeOffset(_dates[i].ToDateTime(new TimeOnly(random.Next(0, 24), 0)), TimeSpan.Zero);
            _clocks[i] = new CaseClock(_instants[i], TimeLimit.OfWorkingDays(5))
                .Pause(_instants[i].AddDays(1), PauseReason.Supplement)
                .Resume(_instants[i].AddDays(3), PauseReason.Supplement);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(OperationsPerInvoke = Calls)]
    public int IsWorkingDay()
    {
        var n = 0;
        foreach (var date in _dates)
        {
            n += _calendar.IsWorkingDay(date) ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int AddWorkingDays5()
    {
        var n = 0;
        foreach (var date in _dates)
        {
            n += _calendar.AddWorkingDays(date, 5).DayNumber;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int AddWorkingDays30()
    {
        var n = 0;
        foreach (var date in _dates)
        {
            n += _calendar.AddWorkingDays(date, 30).DayNumber;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int AddWorkingDaysFromInstant()
    {
        var n = 0;
        foreach (var instant in _instants)
        {
            n += _calendar.AddWorkingDays(instant, 5).DayNumber;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int CountWorkingDays()
    {
        var n = 0;
        var previous = _dates[^1];
        foreach (var date in _dates)
        {
            n += _calendar.CountWorkingDays(previous, date);
            previous = date;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int EvaluateDeadlineWithPause()
    {
        var n = 0;
        foreach (var clock in _clocks)
        {
            n += _deadlines.Evaluate(clock, clock.AcceptedAt.AddDays(4)).RemainingWorkingDays;
        }

        return n;
    }

    private static string FindCalendars()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
            {
                return Path.Combine(dir.FullName, "calendars");
            }
        }

        throw new InvalidOperationException($"No Registry.sln above {AppContext.BaseDirectory}.");
    }
}
