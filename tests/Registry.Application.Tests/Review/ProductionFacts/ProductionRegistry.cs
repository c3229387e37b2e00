using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Composition;
using Registry.Domain.Codes;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>
/// The product's composition on a temporary SQLite file without demo data, its clock at 10:00 China time on Monday
/// 2026-11-23. Every story gets its own unit and case numbers, so stories never see each other.
/// </summary>
public sealed class ProductionRegistry : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-production-facts", Guid.NewGuid().ToString("N"));
    private int _unit;
    private int _case;
    private int _number;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().AddHours(8).DateTime);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(_directory, "registry.db"),
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
            ["Scheduling:SmsFilePath"] = Path.Combine(_directory, "sms.log"),
            ["Scheduling:BookingReportFilePath"] = Path.Combine(_directory, "reports.log"),
        }).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Time).AddRegistryServices(configuration).BuildServiceProvider();
        await Services.InitializeRegistryAsync();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder does not affect other tests.
        }
    }

    /// <summary>A unit code no other story uses.</summary>
    public UnitCode NextUnit() => UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"340121261006GB{Interlocked.Increment(ref _unit):D5}F00010001"));

    /// <summary>A case number no other story uses, dated <paramref name="day"/>.</summary>
    public CaseNumber NextCase(DateOnly day) => CaseNumber.Create("340121", day, 700_000 + Interlocked.Increment(ref _case));

    /// <summary>A running number for certificates and contract numbers.</summary>
    public int NextNumber() => Interlocked.Increment(ref _number);
}
