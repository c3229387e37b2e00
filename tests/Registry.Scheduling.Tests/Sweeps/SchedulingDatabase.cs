using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Expiries;
using Registry.Persistence;

namespace Registry.Scheduling.Tests.Sweeps;

/// <summary>
/// A real SQLite file shared by one or more "application nodes" (service providers), all on one fake clock.
/// <see cref="StartNodeAsync"/> again on the same file is a restart.
/// </summary>
internal sealed class SchedulingDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> _nodes = [];

    private SchedulingDatabase(string directory, FakeTimeProvider time)
    {
        Directory = directory;
        Time = time;
    }

    public string Directory { get; }

    public FakeTimeProvider Time { get; }

    public RecordingExpiryHandler ExpiryHandler { get; } = new();

    public string SmsFile => Path.Combine(Directory, "sms.log");

    public static async Task<(SchedulingDatabase Database, ServiceProvider Node)> CreateAsync(DateTimeOffset now)
    {
        var db = new SchedulingDatabase(Path.Combine(Path.GetTempPath(), "registry-scheduling-tests", Guid.NewGuid().ToString("N")), new FakeTimeProvider(now));
        var node = await db.StartNodeAsync();
        return (db, node);
    }

    public async Task<ServiceProvider> StartNodeAsync(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(Directory, "registry.db"),
            ["Database:SeedDemoData"] = "false",
            ["Calendar:Directory"] = RepositoryCalendars.Directory,
            ["Scheduling:EnableJobs"] = "false",
            ["Scheduling:SmsFilePath"] = SmsFile,
            ["Scheduling:SweepBatchSize"] = "7",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddLogging()
            .AddSingleton<IRegisterExpiryHandler>(ExpiryHandler)
            .AddRegistryPersistence(configuration)
            .AddRegistryScheduling(configuration);
        configure?.Invoke(services);
        var node = services.BuildServiceProvider();
        await node.InitializeRegistryDatabaseAsync();
        _nodes.Add(node);
        return node;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Each test has its own folder; a leftover does not affect others.
        }
    }
}
