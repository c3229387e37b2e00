using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Registry.Application.Worklist;
using Registry.Persistence.Workflows;

namespace Registry.Persistence.Tests.Workflows;

/// <summary>
/// 取下一件 on PostgreSQL: the oldest free task of the caller's roles (by role or candidate group), skipping the tasks other
/// claimers hold locked — also when more of them are locked than the head of the queue a claim looks at first.
/// </summary>
public sealed class ClaimQueuePostgresTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
    private readonly string _database = $"registry_claim_{Guid.NewGuid():N}";
    private ServiceProvider? _services;

    [PostgresFact]
    public async Task The_oldest_free_task_of_the_roles_is_taken_by_role_or_group_claimed_and_other_kinds_passed_over()
    {
        var queue = await SeedAsync();

        // The oldest free one is a candidate group's task; claimed, suspended, signal and other roles' rows are older still.
        Assert.Equal(queue[0], await NextAsync("first-review"));
        Assert.Null(await NextAsync("nobody"));
        Assert.Equal(queue[0], await NextAsync("first-review", "nobody"));
    }

    [PostgresFact]
    public async Task Tasks_locked_by_other_claimers_are_skipped_within_and_beyond_the_head_of_the_queue()
    {
        var queue = await SeedAsync();

        await using (var holder = await HoldLockedAsync(3, queue))
        {
            Assert.Equal(queue[3], await NextAsync("first-review"));
        }

        // More locked than the head a claim reads first (32): the rest of the queue is read, oldest first.
        await using (var holder = await HoldLockedAsync(35, queue))
        {
            Assert.Equal(queue[35], await NextAsync("first-review"));
        }

        await using (var holder = await HoldLockedAsync(queue.Count, queue))
        {
            Assert.Null(await NextAsync("first-review"));
        }
    }

    public async Task InitializeAsync()
    {
        if (PostgresFactAttribute.Server is null)
        {
            return;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Registry"] = ConnectionString,
            ["Database:SeedDemoData"] = "false",
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Start))
            .AddRegistryPersistence(configuration)
            .BuildServiceProvider();
        await _services.InitializeRegistryDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is null)
        {
            return;
        }

        await _services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresFactAttribute.Server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Server) { Database = _database }.ToString();

    /// <summary>
    /// Forty free first-review tasks a minute apart (every fifth by candidate group, under another role), and older rows a
    /// claim must pass over: claimed, on a suspended instance, a signal, another role's. Returns the free ones oldest first.
    /// </summary>
    private async Task<List<(Guid, string)>> SeedAsync()
    {
        await using var db = await _services!.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var free = new List<(Guid, string)>();
        WorkflowBookmarkRow Row(int minute, string kind = "HumanTask", string status = "Running", string? role = "first-review", string? group = null, string? assignee = null) => new()
        {
            InstanceId = Guid.NewGuid(),
            BookmarkId = $"task-{minute}",
            DefinitionId = "house-transfer-resale",
            DefinitionVersion = 1,
            CorrelationId = $"CASE-{minute:000}",
            InstanceStatus = status,
            NodeId = "firstReview",
            NodeName = "初审",
            Kind = kind,
            Role = role,
            CandidateGroup = group,
            Assignee = assignee,
            CreatedAt = Start.AddMinutes(minute),
        };

        db.AddRange(Row(-5, assignee: "someone"), Row(-4, status: "Suspended"), Row(-3, kind: "Signal", role: null), Row(-2, role: "second-review"));
        for (var minute = 0; minute < 40; minute++)
        {
            var row = minute % 5 == 0 ? Row(minute, role: "second-review", group: "first-review") : Row(minute);
            db.Add(row);
            free.Add((row.InstanceId, row.BookmarkId));
        }

        await db.SaveChangesAsync();
        return free;
    }

    /// <summary>Another claimer's open transaction holding the first <paramref name="count"/> free tasks locked.</summary>
    private async Task<NpgsqlConnection> HoldLockedAsync(int count, List<(Guid Instance, string Task)> queue)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        foreach (var (instance, task) in queue.Take(count))
        {
            await using var command = new NpgsqlCommand("""SELECT 1 FROM "WorkflowBookmarks" WHERE "InstanceId" = @i AND "BookmarkId" = @b FOR UPDATE""", connection, transaction);
            command.Parameters.AddWithValue("i", instance);
            command.Parameters.AddWithValue("b", task);
            Assert.Equal(1, await command.ExecuteScalarAsync());
        }

        return connection; // closing it ends the transaction and its locks
    }

    private async Task<(Guid, string)?> NextAsync(params string[] roles)
    {
        await using var scope = _services!.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<IWorklistQuery>().NextClaimableAsync(roles);
        return next is null ? null : (next.InstanceId, next.TaskId);
    }
}
