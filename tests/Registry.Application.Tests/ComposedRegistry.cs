using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Composition;

namespace Registry.Application.Tests;

/// <summary>
/// The product's own composition (as the web host wires it) on a temporary database (<see cref="TestDatabase"/>: SQLite,
/// or PostgreSQL in the PostgreSQL run), first-run initialised — with the demo county unless <paramref name="seedDemoData"/>
/// is false. Deleted afterwards.
/// </summary>
public abstract class ComposedRegistry(string name, bool seedDemoData = true) : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(name);

    /// <summary>The composed services; set by <see cref="InitializeAsync"/>.</summary>
    protected ServiceProvider Services { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_database.Settings)
        {
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
        await _database.DisposeAsync();
    }
}
