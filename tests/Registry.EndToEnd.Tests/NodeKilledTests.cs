using System.Net;
using Npgsql;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// A node of two dies (SIGKILL) while it holds scheduler work: the other node carries on serving, takes the dead node's
/// jobs over through Quartz's cluster check-in, and no job fires twice.
/// </summary>
[Collection(TwoNodesCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class NodeKilledTests
{
    [PostgresFact]
    public async Task NodeKilledWhileHoldingSchedulerWork_OtherNodeServesAndTakesItsJobsOver_NoJobFiresTwice()
    {
        var server = PostgresFactAttribute.Server!;
        var database = $"registry_kill_{Guid.NewGuid():N}"[..30];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var homes = new List<string>();
        Dictionary<string, string> Node()
        {
            var home = Directory.CreateTempSubdirectory("registry-kill-home-").FullName;
            homes.Add(home);
            return new()
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Registry"] = connectionString,
                ["HOME"] = home,
                ["DOTNET_CLI_HOME"] = home,
                // A short check-in so a silent node is declared dead within seconds; every job fires each second.
                ["Scheduling__ClusterCheckinInterval"] = "00:00:01",
                ["Scheduling__SweepInterval"] = "00:00:01",
                ["Scheduling__DispatchInterval"] = "00:00:01",
            };
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await using var a = await RegistryApp.StartAsync(Node());
            await connection.OpenAsync();
            var nodeA = Assert.Single(await WaitForMembersAsync(connection, 1));
            await using var b = await RegistryApp.StartAsync(Node());
            var nodeB = Assert.Single(await WaitForMembersAsync(connection, 2), n => n != nodeA);

            using var watching = new CancellationTokenSource();
            var firings = new List<Firing>();
            var watcher = WatchFiringsAsync(connectionString, firings, watching.Token);

            // Node A holds a trigger (acquired or executing) when it dies.
            IReadOnlyList<string> held = [];
            var until = DateTime.UtcNow.AddSeconds(30);
            while (held.Count == 0 && DateTime.UtcNow < until)
            {
                held = await HeldByAsync(connection, nodeA);
            }

            Assert.NotEmpty(held);
            a.Kill();
            var killedAt = DateTime.UtcNow;

            // Node B carries on serving.
            using (var http = new HttpClient { BaseAddress = b.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
            {
                Assert.Equal("ok", await http.GetStringAsync(new Uri("health", UriKind.Relative)));
                using var login = await http.GetAsync(new Uri("account/login", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            }

            // Node B declares A dead and recovers its triggers; each trigger A held then fires on B.
            until = DateTime.UtcNow.AddSeconds(40);
            bool TakenOver()
            {
                lock (firings)
                {
                    return held.All(t => firings.Any(f => f.Trigger == t && f.Instance == nodeB && f.Seen > killedAt));
                }
            }

            while (DateTime.UtcNow < until && !(TakenOver() && (await MembersAsync(connection)).SequenceEqual([nodeB])))
            {
                await Task.Delay(200);
            }

            Assert.Equal([nodeB], await MembersAsync(connection));
            Assert.Empty(await HeldByAsync(connection, nodeA));
            Assert.True(TakenOver(), $"the triggers node A held ({string.Join(", ", held)}) did not fire on node B after the kill");

            await watching.CancelAsync();
            await watcher;
            lock (firings)
            {
                // One execution per scheduled firing of a trigger, across both nodes and the takeover.
                var twice = firings.Where(f => f.State == "EXECUTING").GroupBy(f => (f.Trigger, f.Scheduled)).Where(g => g.Select(f => f.Entry).Distinct().Count() > 1).ToList();
                Assert.True(twice.Count == 0, "fired twice: " + string.Join(", ", twice.Select(g => $"{g.Key.Trigger}@{g.Key.Scheduled}")));
                Assert.Contains(firings, f => f.State == "EXECUTING" && f.Instance == nodeB && f.Seen > killedAt);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }

            foreach (var home in homes)
            {
                try
                {
                    Directory.Delete(home, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private static async Task<List<string>> WaitForMembersAsync(NpgsqlConnection connection, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        var members = await MembersAsync(connection);
        while (members.Count != count && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
            members = await MembersAsync(connection);
        }

        Assert.Equal(count, members.Count);
        return members;
    }

    private static async Task<List<string>> MembersAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name", connection);
        return await ReadStringsAsync(command);
    }

    private static async Task<IReadOnlyList<string>> HeldByAsync(NpgsqlConnection connection, string instance)
    {
        await using var command = new NpgsqlCommand("SELECT trigger_name FROM qrtz_fired_triggers WHERE instance_name = @instance", connection);
        command.Parameters.AddWithValue("instance", instance);
        return await ReadStringsAsync(command);
    }

    private static async Task<List<string>> ReadStringsAsync(NpgsqlCommand command)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    // Every fired-trigger row seen (Quartz keeps one per acquired or executing firing, deleted when the job ends).
    private static async Task WatchFiringsAsync(string connectionString, List<Firing> firings, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        while (!cancellationToken.IsCancellationRequested)
        {
            await using (var command = new NpgsqlCommand("SELECT entry_id, trigger_name, instance_name, sched_time, state FROM qrtz_fired_triggers", connection))
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    var firing = new Firing(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4), DateTime.UtcNow);
                    lock (firings)
                    {
                        firings.Add(firing);
                    }
                }
            }

            try
            {
                await Task.Delay(25, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private sealed record Firing(string Entry, string Trigger, string Instance, long Scheduled, string State, DateTime Seen);
}
