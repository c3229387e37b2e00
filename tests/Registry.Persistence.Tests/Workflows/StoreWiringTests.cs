using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Persistence.Tests.Workflows;

public sealed class StoreWiringTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stores_AreTheEfOnes_WhicheverOrderTheHostRegistersIn(bool workflowsFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = "/tmp/unused.db" }).Build();
        var services = new ServiceCollection();
        if (workflowsFirst)
        {
            services.AddRegistryWorkflows().AddRegistryPersistence(configuration);
        }
        else
        {
            services.AddRegistryPersistence(configuration).AddRegistryWorkflows();
        }

        using var provider = services.BuildServiceProvider();

        Assert.IsType<EfWorkflowInstanceStore>(provider.GetRequiredService<IWorkflowInstanceStore>());
        Assert.IsType<EfWorkTaskQuery>(provider.GetRequiredService<IWorkTaskQuery>());
        Assert.IsType<EfWorkflowDefinitionStore>(provider.GetRequiredService<IWorkflowDefinitionStore>());
        Assert.Same(provider.GetRequiredService<IWorkflowInstanceStore>(), provider.GetRequiredService<IWorkflowJournalVerifier>());
    }

    [Theory]
    [InlineData(null, 2L)]
    [InlineData("Normal", 1L)]
    [InlineData("Full", 2L)]
    public async Task Sqlite_SynchronousMode_IsAppliedToEveryConnection(string? configured, long expected)
    {
        var directory = Path.Combine(Path.GetTempPath(), "registry-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(directory, "registry.db"),
            ["Database:SeedDemoData"] = "false",
            ["Database:SqliteSynchronous"] = configured,
        }).Build();
        await using (var provider = new ServiceCollection().AddRegistryPersistence(configuration).BuildServiceProvider())
        {
            await provider.InitializeRegistryDatabaseAsync();
            await using var db = await provider.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous;";

            Assert.Equal(expected, (long)(await command.ExecuteScalarAsync())!);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Sqlite_UnknownSynchronousMode_IsRejectedByName()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:SqliteSynchronous"] = "Sometimes" }).Build();

        var ex = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRegistryPersistence(configuration));

        Assert.Equal("Database:SqliteSynchronous 'Sometimes' is not supported; use Normal, Full, Extra or Off.", ex.Message);
    }
}
