using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Composition;

namespace Registry.Cli.Tests;

/// <summary><c>registry verify</c> on the demo county: intact after first run (and signs a checkpoint), then names the edited row.</summary>
public sealed class VerifyCommandTests
{
    [Fact]
    public async Task Verify_DemoCounty_IsIntact_ThenAnEditedHolderNameIsNamedWithExitCode1()
    {
        var database = Path.Combine(Path.GetTempPath(), $"registry-verify-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Database:DemoUnits"] = "300",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        try
        {
            await using (var services = new ServiceCollection().AddLogging().AddRegistryServices(configuration).BuildServiceProvider())
            {
                await services.InitializeRegistryAsync();
            }

            var intact = new StringWriter();
            Assert.Equal(0, await VerifyCommand.RunAsync(["--database", database, "--checkpoint"], intact, CancellationToken.None));
            Assert.Contains("intact: every link holds", intact.ToString(), StringComparison.Ordinal);
            Assert.Contains("checkpoint 1 signed", intact.ToString(), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(database + ".ledger", "checkpoints.log")));

            await using (var connection = new SqliteConnection($"Data Source={database}"))
            {
                await connection.OpenAsync();
                await using var edit = connection.CreateCommand();
                edit.CommandText = "UPDATE RightHolders SET Name = Name || '改' WHERE rowid = (SELECT MIN(rowid) FROM RightHolders)";
                Assert.Equal(1, await edit.ExecuteNonQueryAsync());
            }

            var broken = new StringWriter();
            Assert.Equal(1, await VerifyCommand.RunAsync(["--database", database], broken, CancellationToken.None));
            Assert.Contains("BROKEN (1 broken links): first in RegisterEntries/RightHolders", broken.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }

            if (Directory.Exists(database + ".ledger"))
            {
                Directory.Delete(database + ".ledger", recursive: true);
            }
        }
    }
}
