using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Composition;

namespace Registry.Application.Tests;

/// <summary>
/// The product's own composition (as the web host wires it) on a temporary SQLite file, first-run initialised — with the
/// demo county unless <paramref name="seedDemoData"/> is false. Deleted with its WAL files afterwards.
/// </summary>
public abstract class ComposedRegistry(string name, bool seedDemoData = true) : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"registry-{name}-{Guid.NewGuid():N}.db");

    /// <summary>The composed services; set by <see cref="InitializeAsync"/>.</summary>
    protected ServiceProvider Services { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = _database,
            ["Database:SeedDemoData"] = seedDemoData ? "true" : "false",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRegistryServices(configuration);
        Configure(services);
        Services = services.BuildServiceProvider();
        await Services.InitializeRegistryAsync();
    }

    /// <summary>Lets a test replace a service after the product's composition (e.g. a shared-data source that fails).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
