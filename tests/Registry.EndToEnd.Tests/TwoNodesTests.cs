using Microsoft.Playwright;
using Npgsql;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// Two web nodes on one PostgreSQL database, addressed directly (no load balancer): what one node does is seen on the
/// other — the sign-in, a worklist change, the scheduler's cluster.
/// </summary>
[Collection(TwoNodesCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class TwoNodesTests(TwoNodesFixture nodes)
{
    [PostgresFact]
    public async Task SignedInOnNodeA_IsRecognisedOnNodeB()
    {
        var page = await nodes.BrowserOnA.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, "reviewer1", "/worklist");

            // Same host, other port: the browser sends node A's cookie to node B, which reads it with the shared key ring.
            await page.GotoAsync(new Uri(nodes.NodeB.BaseAddress, "worklist").ToString());
            await Circuit.ReadyAsync(page);

            Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("#current-user")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [PostgresFact]
    public async Task ClaimOnNodeA_RefreshesTheWorklistOpenOnNodeB_WithoutAReload()
    {
        var onB = await nodes.BrowserOnB.NewPageAsync();
        var onA = await nodes.BrowserOnA.NewPageAsync();
        try
        {
            await SignIn.AsAsync(onB, "reviewer1b", "/worklist");
            await Assertions.Expect(onB.Locator("tr.worklist-row").First).ToBeVisibleAsync();
            var caseNumber = (await onB.Locator("tr.worklist-row .case-number").First.InnerTextAsync()).Trim();
            var navigations = 0;
            onB.FrameNavigated += (_, frame) => navigations += frame == onB.MainFrame ? 1 : 0;

            await SignIn.AsAsync(onA, "reviewer1", "/worklist");
            await onA.Locator($"tr.worklist-row[data-case='{caseNumber}'] .claim-button").ClickAsync();
            await Assertions.Expect(onA.Locator("#worklist-message")).ToContainTextAsync(caseNumber);

            // Node B's group list drops the case claimed on node A, told by the database's notification.
            await Assertions.Expect(onB.Locator($"tr.worklist-row[data-case='{caseNumber}']"))
                .ToHaveCountAsync(0, new() { Timeout = 5_000 });
            Assert.Equal(0, navigations);
            await Screenshots.SaveAsync(onB, "two-nodes-worklist-refreshed-on-b");
        }
        finally
        {
            await onA.Context.CloseAsync();
            await onB.Context.CloseAsync();
        }
    }

    [PostgresFact]
    public async Task BothNodes_CheckIntoOneSchedulerCluster()
    {
        await using var connection = new NpgsqlConnection(nodes.ConnectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var instances = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            instances.Clear();
            await using var query = new NpgsqlCommand("SELECT sched_name || '/' || instance_name FROM qrtz_scheduler_state", connection);
            await using (var reader = await query.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    instances.Add(reader.GetString(0));
                }
            }

            if (instances.Count == 2)
            {
                break;
            }

            await Task.Delay(500);
        }

        Assert.Equal(2, instances.Count);
        Assert.Single(instances.Select(i => i.Split('/')[0]).Distinct()); // one cluster: the same scheduler name
    }

    [PostgresFact]
    public async Task DeadlineFallingDueWhileBothNodesRun_GivesExactlyOneWarning()
    {
        await using var connection = new NpgsqlConnection(nodes.ConnectionString);
        await connection.OpenAsync();
        // An open demo case on green; its amber instant is moved to three seconds from now, as if the clock ran there.
        var (caseNumber, version) = await ReadAsync(connection,
            "SELECT \"CaseNumber\", \"Version\" FROM \"CaseDeadlines\" WHERE \"Stage\" = 0 AND \"ClosedAt\" IS NULL AND \"DueAt\" > now() + interval '1 day' ORDER BY \"CaseNumber\" DESC LIMIT 1",
            r => (r.GetString(0), r.GetInt64(1)));
        await ExecuteAsync(connection, $"UPDATE \"CaseDeadlines\" SET \"AmberFrom\" = now() + interval '3 seconds', \"NextCheckAt\" = now() + interval '3 seconds' WHERE \"CaseNumber\" = '{caseNumber}'");

        // Both nodes sweep and dispatch every second; wait for the warning, then several more rounds of both.
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (DateTime.UtcNow < deadline && await CountAsync(connection, $"SELECT count(*) FROM \"StaffInboxItems\" WHERE \"CaseNumber\" = '{caseNumber}' AND \"TemplateKey\" = 'deadline.amber'") == 0)
        {
            await Task.Delay(250);
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var members = await CountAsync(connection, "SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state");
        Assert.Equal(2, members); // both nodes were in the cluster throughout

        var outbox = await ReadAsync(connection,
            $"SELECT count(*), min(\"Attempts\"), max(\"Attempts\"), count(\"DeliveredAt\") FROM \"OutboxMessages\" WHERE \"CaseNumber\" = '{caseNumber}' AND \"TemplateKey\" = 'deadline.amber'",
            r => (Rows: r.GetInt64(0), MinAttempts: r.IsDBNull(1) ? 0 : r.GetInt32(1), MaxAttempts: r.IsDBNull(2) ? 0 : r.GetInt32(2), Delivered: r.GetInt64(3)));
        Assert.Equal((1L, 1, 1, 1L), outbox); // one warning (amber goes to the handler alone), delivered once
        Assert.Equal(1, await CountAsync(connection, $"SELECT count(*) FROM \"StaffInboxItems\" WHERE \"CaseNumber\" = '{caseNumber}' AND \"TemplateKey\" = 'deadline.amber'"));
        var after = await ReadAsync(connection, $"SELECT \"Stage\", \"Version\" FROM \"CaseDeadlines\" WHERE \"CaseNumber\" = '{caseNumber}'", r => (Stage: r.GetInt32(0), Version: r.GetInt64(1)));
        Assert.Equal((1, version + 1), after); // moved to amber by one sweep, once
    }

    private static async Task<T> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), sql);
        return read(reader);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql) => await ReadAsync(connection, sql, r => r.GetInt64(0));

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
