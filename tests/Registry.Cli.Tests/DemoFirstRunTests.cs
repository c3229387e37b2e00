using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Catalogue;
using Registry.Application.Deadlines;
using Registry.Composition;
using Registry.Workflows.Definitions;

namespace Registry.Cli.Tests;

/// <summary>The product's first run on its embedded default, through the same composition the web host uses.</summary>
public sealed class DemoFirstRunTests
{
    [Fact]
    public async Task FirstRun_PublishesTheCatalogueWorkflows_AndShowsOpenCasesInGreenAmberAndRed()
    {
        var database = Path.Combine(Path.GetTempPath(), $"registry-firstrun-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRegistryServices(configuration).BuildServiceProvider();
        try
        {
            await services.InitializeRegistryAsync();

            var catalogue = services.GetRequiredService<IBusinessTypeCatalogue>();
            var definitions = services.GetRequiredService<IWorkflowDefinitionStore>();
            foreach (var workflow in catalogue.All.Select(t => t.WorkflowId).Distinct())
            {
                Assert.NotNull(await definitions.FindLatestPublishedAsync(workflow));
            }

            var deadlines = services.GetRequiredService<ICaseDeadlineService>();
            var green = (await deadlines.ListOpenAsync(DeadlineStage.Green)).Total;
            var amber = (await deadlines.ListOpenAsync(DeadlineStage.Amber)).Total;
            var overdue = (await deadlines.ListOpenAsync(DeadlineStage.Red)).Total + (await deadlines.ListOpenAsync(DeadlineStage.Escalated)).Total;
            Assert.True(green > 0 && amber > 0 && overdue > 0, $"green {green}, amber {amber}, red or escalated {overdue}");

            // A second start changes nothing: definitions are already published and deadlines already tracked.
            await services.InitializeRegistryAsync();
            Assert.Equal(green, (await deadlines.ListOpenAsync(DeadlineStage.Green)).Total);
        }
        finally
        {
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
