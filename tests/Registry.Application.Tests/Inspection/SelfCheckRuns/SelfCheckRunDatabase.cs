using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Composition;

namespace Registry.Application.Tests.Inspection.SelfCheckRuns;

/// <summary>
/// The product's composition on a temporary SQLite file with a small demo county (its finished cases are what the
/// self-check runs over) and a fake clock; small batches so that a run takes several transactions.
/// </summary>
internal sealed class SelfCheckRunDatabase : IAsyncDisposable
{
    private readonly string _path;

    private SelfCheckRunDatabase(string path, FakeTimeProvider time, ServiceProvider services)
    {
        _path = path;
        Time = time;
        Services = services;
    }

    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    public static async Task<SelfCheckRunDatabase> CreateAsync(int batchSize = 40, Action<IServiceCollection>? configure = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"registry-selfcheck-{Guid.NewGuid():N}.db");
        var time = new FakeTimeProvider(Now);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = path,
            ["Database:SeedDemoData"] = "true",
            ["Database:DemoUnits"] = "600",
            ["Scheduling:EnableJobs"] = "false",
            ["SelfCheck:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddRegistryServices(configuration);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.InitializeRegistryAsync();
        return new SelfCheckRunDatabase(path, time, services);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
