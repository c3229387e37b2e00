using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Registry.Persistence.Tests;

/// <summary>A real SQLite file per test, created through the product's DI entry point and initializer.</summary>
internal sealed class SqliteRegistryDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private SqliteRegistryDatabase(string directory, ServiceProvider services, FakeTimeProvider time)
    {
        _directory = directory;
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public string DatabasePath => Path.Combine(_directory, "registry.db");

    public static async Task<SqliteRegistryDatabase> CreateAsync(bool seedDemoData = false, int demoUnits = 2_000)
    {
        var directory = Path.Combine(Path.GetTempPath(), "registry-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(directory, "registry.db"),
                ["Database:SeedDemoData"] = seedDemoData ? "true" : "false",
                ["Database:DemoUnits"] = demoUnits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 9, 18, 2, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddRegistryPersistence(configuration)
            .BuildServiceProvider();
        await services.InitializeRegistryDatabaseAsync();
        return new SqliteRegistryDatabase(directory, services, time);
    }

    public RegistryDbContext NewContext() => Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file does not affect other tests: each test has its own folder.
        }
    }
}
