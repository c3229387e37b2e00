using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Registry.Composition;

namespace Registry.Benchmarks.Load;

/// <summary>
/// The load test's PostgreSQL database: created and migrated by the product's own initializer, then filled with
/// <c>finished</c> closed cases and <c>open</c> background cases by set-based SQL (<c>INSERT … SELECT generate_series</c>,
/// 100,000 cases a statement), never one EF command a case. A stamp table remembers the counts so a second run reuses it.
/// What the finished cases carry is what the worklist (done tab), case search and dashboard read: the case row (type,
/// status, channel, acceptance time, declared price), two parties with valid resident ID numbers, the unit, a completed
/// workflow instance with its journal (started, five human steps, ended; 初审 by the simulated examiners' own names so
/// their 已办 tab is full), the status moves (审核中 → 核定 → 登簿 → 办结) and the closed statutory clock (one in twenty
/// finished late). Simplified: no register book entries, materials, review runs or self-check results behind them,
/// an empty instance state and zero journal hashes (the ledger check would refuse them).
/// The open background cases wait on 初审 (always claimed by someone else, so the examiners' group queue holds only the
/// decidable cases the load test accepts through the product), 复审, 核定 or 登簿, with open clocks that the deadline
/// sweep does not pick up (no next check).
/// </summary>
internal static class LoadDatabase
{
    private const int Chunk = 100_000;

    /// <summary>Creates, migrates and fills <paramref name="database"/> on <paramref name="server"/> unless it already holds these counts.</summary>
    public static async Task<string> EnsureAsync(string server, string database, int finished, int open, bool reseed, TextWriter log)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ConnectionString;
        var stamp = $"finished={finished};open={open};v=1";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            var exists = await Scalar(admin, $"SELECT count(*) FROM pg_database WHERE datname = '{database}'") is long n && n > 0;
            if (exists && !reseed && await ReadStampAsync(connectionString) == stamp)
            {
                log.WriteLine($"reusing database {database} ({stamp})");
                return connectionString;
            }

            if (exists)
            {
                await Execute(admin, $"DROP DATABASE {database} WITH (FORCE)");
            }

            await Execute(admin, $"CREATE DATABASE {database}");
        }

        var clock = Stopwatch.StartNew();
        await MigrateAsync(connectionString);
        log.WriteLine($"migrated in {clock.Elapsed.TotalSeconds:F1} s");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // A bulk load that a crash may lose entirely (it is redone): no fsync wait per statement.
        await Execute(connection, "SET synchronous_commit = off; SET TIME ZONE 'Asia/Shanghai';");
        await Execute(connection, Functions);
        for (var from = 0; from < finished; from += Chunk)
        {
            var to = Math.Min(finished, from + Chunk) - 1;
            await Execute(connection, FinishedSql.Replace("@from", from.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@to", to.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            log.WriteLine($"  {to + 1:N0} finished cases, {clock.Elapsed.TotalSeconds:F0} s");
        }

        if (open > 0)
        {
            await Execute(connection, OpenSql.Replace("@to", (open - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        await Execute(connection, $"CREATE TABLE load_stamp (value text NOT NULL); INSERT INTO load_stamp VALUES ('{stamp}');");
        log.WriteLine($"  {open:N0} open cases; analyzing, {clock.Elapsed.TotalSeconds:F0} s");
        await Execute(connection, "VACUUM ANALYZE");
        log.WriteLine($"seeded {database} in {clock.Elapsed.TotalSeconds:F0} s ({await Scalar(connection, "SELECT pg_size_pretty(pg_database_size(current_database()))")})");
        return connectionString;
    }

    /// <summary>The product's services on <paramref name="connectionString"/>, as a web node composes them.</summary>
    public static IConfiguration NodeConfiguration(string connectionString, IDictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Registry"] = connectionString,
            ["Database:SeedDemoData"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static async Task MigrateAsync(string connectionString)
    {
        var configuration = NodeConfiguration(connectionString, new Dictionary<string, string?> { ["Scheduling:EnableJobs"] = "false" });
        await using var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddRegistryServices(configuration).BuildServiceProvider();
        await services.InitializeRegistryAsync();
    }

    private static async Task<string?> ReadStampAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return await Scalar(connection, "SELECT value FROM load_stamp") as string;
        }
        catch (PostgresException)
        {
            return null;
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    // Session-local helpers: ids from the case index, GB 11643 resident ID numbers, names, the accepted instant.
    private const string Functions = """
        CREATE FUNCTION pg_temp.gid(kind int, i int) RETURNS uuid LANGUAGE sql IMMUTABLE AS
          $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$;
        CREATE FUNCTION pg_temp.rid(body text) RETURNS text LANGUAGE sql IMMUTABLE AS
          $$ SELECT body || substr('10X98765432', 1 + (SELECT sum(substr(body, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k]) FROM generate_series(1, 17) k)::int % 11, 1) $$;
        CREATE FUNCTION pg_temp.pname(n int) RETURNS text LANGUAGE sql IMMUTABLE AS
          $$ SELECT (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + n % 20]
                 || (ARRAY['伟','芳','娜','秀英','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀兰','霞','平','刚','桂英','梓涵','浩然','子轩','雨桐','欣怡','俊杰','嘉怡'])[1 + (n / 20) % 30] $$;
        CREATE FUNCTION pg_temp.accepted(i int) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
          $$ SELECT timestamptz '2026-11-23 10:00:00+08' - make_interval(days => 30 + i / 600) + make_interval(mins => i % 600) $$;
        CREATE FUNCTION pg_temp.btype(i int) RETURNS text LANGUAGE sql IMMUTABLE AS
          $$ SELECT (ARRAY['HouseTransferResale','HouseTransferNewBuild','HouseFirst','HouseChange','HouseTransferGift','HouseTransferInheritance','MortgageFirstGeneral'])[1 + i % 7] $$;
        CREATE FUNCTION pg_temp.channel(i int) RETURNS text LANGUAGE sql IMMUTABLE AS
          $$ SELECT CASE WHEN i % 7 = 6 AND i % 3 = 0 THEN 'BankBranch' WHEN i % 5 = 0 THEN 'Online' ELSE 'Counter' END $$;
        CREATE TABLE pg_temp.steps (s int, node text, name text, role text, actor_kind text);
        INSERT INTO pg_temp.steps VALUES (1, 'acceptance', '受理', 'acceptor', 'acceptor'), (2, 'firstReview', '初审', 'first-review', 'load-examiner'),
          (3, 'secondReview', '复审', 'second-review', 'second-review'), (4, 'approval', '核定', 'approver', 'approver'), (5, 'record', '登簿', 'recorder', 'recorder');
        """;

    private const string FinishedSql = """
        INSERT INTO "Cases" ("Id", "CaseNumber", "BusinessType", "Status", "AcceptedAt", "AcceptedBy", "Channel", "DeclaredPrice", "WorkflowInstanceId", "IsOpen", "Version")
        SELECT pg_temp.gid(1, i), '340122' || to_char(pg_temp.accepted(i), 'YYYYMMDD') || lpad((i % 600)::text, 6, '0'), pg_temp.btype(i), 'Completed',
               pg_temp.accepted(i), 'acceptor-' || lpad((i % 20 + 1)::text, 2, '0'), pg_temp.channel(i),
               CASE WHEN i % 7 IN (0, 1) THEN 500000 + (i % 97) * 10000 END, pg_temp.gid(2, i), false, 1
        FROM generate_series(@from, @to) i;
        INSERT INTO "CaseParties" ("CaseId", "Ordinal", "Role", "IdKind", "Name", "IdNumber", "IsApplicant")
        SELECT pg_temp.gid(1, i), o, CASE o WHEN 0 THEN 'Transferee' ELSE 'Transferor' END, 'ResidentId', pg_temp.pname(i * 7 + o * 13),
               pg_temp.rid('34012119' || lpad((i % 40 + 50 + o * 10)::text, 2, '0') || '0' || (o + 1) || '0' || (o + 1) || lpad((i % 1000)::text, 3, '0')), true
        FROM generate_series(@from, @to) i, generate_series(0, 1) o;
        INSERT INTO "CaseUnits" ("CaseId", "Ordinal", "UnitCode", "IsOpen")
        SELECT pg_temp.gid(1, i), 0, '340121' || lpad((i / 100000 + 1)::text, 3, '0') || lpad(((i / 1000) % 100)::text, 3, '0') || 'GB' || lpad((i % 100000)::text, 5, '0')
               || 'F' || lpad(((i / 7) % 10000)::text, 4, '0') || lpad((1 + i % 4000)::text, 4, '0'), false
        FROM generate_series(@from, @to) i;
        INSERT INTO "WorkflowInstances" ("Id", "DefinitionId", "DefinitionVersion", "CorrelationId", "Status", "State", "Version", "JournalSequence", "CreatedAt", "UpdatedAt")
        SELECT pg_temp.gid(2, i), 'house-transfer-resale', 1, '340122' || to_char(pg_temp.accepted(i), 'YYYYMMDD') || lpad((i % 600)::text, 6, '0'), 'Completed', '{}', 7, 7,
               pg_temp.accepted(i), pg_temp.accepted(i) + interval '10 days'
        FROM generate_series(@from, @to) i;
        INSERT INTO "WorkflowJournal" ("InstanceId", "Sequence", "At", "Action", "NodeId", "NodeName", "Actor", "Outcome", "Opinion", "Inputs", "Hash")
        SELECT pg_temp.gid(2, i), 1, pg_temp.accepted(i), 'Started', NULL, NULL, 'acceptor-' || lpad((i % 20 + 1)::text, 2, '0'), NULL, NULL, '{}', repeat('0', 64)
        FROM generate_series(@from, @to) i
        UNION ALL
        SELECT pg_temp.gid(2, i), s.s + 1, pg_temp.accepted(i) + make_interval(days => (s.s - 1) * 2, hours => 1), 'Completed', s.node, s.name,
               CASE WHEN s.actor_kind = 'load-examiner' THEN 'load-examiner-' || lpad(((i / 3) % 200 + 1)::text, 3, '0')
                    ELSE s.actor_kind || '-' || lpad(((i / 3) % 20 + 1)::text, 2, '0') END, 'approve', '同意', '{}', repeat('0', 64)
        FROM generate_series(@from, @to) i, pg_temp.steps s
        UNION ALL
        SELECT pg_temp.gid(2, i), 7, pg_temp.accepted(i) + interval '10 days', 'Ended', NULL, NULL, 'engine', 'Completed', NULL, '{}', repeat('0', 64)
        FROM generate_series(@from, @to) i;
        INSERT INTO "CaseStatusChanges" ("CaseId", "Ordinal", "FromStatus", "ToStatus", "At", "Actor")
        SELECT pg_temp.gid(1, i), m.o, m.f, m.t, pg_temp.accepted(i) + make_interval(days => m.d, hours => 1), m.actor
        FROM generate_series(@from, @to) i,
             (VALUES (0, 'Accepted', 'UnderReview', 0, 'engine'), (1, 'UnderReview', 'Approved', 6, 'approver-01'),
                     (2, 'Approved', 'Recorded', 8, 'recorder-01'), (3, 'Recorded', 'Completed', 10, 'engine')) m(o, f, t, d, actor);
        INSERT INTO "CaseDeadlines" ("CaseNumber", "BusinessType", "OfficeCode", "AcceptedAt", "TimeLimitCode", "PausesJson", "ExtensionsJson",
                                     "DueAt", "AmberFrom", "EscalateAt", "Stage", "ClosedAt", "IsProvisional", "Version")
        SELECT '340122' || to_char(pg_temp.accepted(i), 'YYYYMMDD') || lpad((i % 600)::text, 6, '0'), pg_temp.btype(i), '340121', pg_temp.accepted(i), 'TL-20', '[]', '[]',
               pg_temp.accepted(i) + CASE WHEN i % 20 = 0 THEN interval '8 days' ELSE interval '28 days' END,
               pg_temp.accepted(i) + interval '5 days', pg_temp.accepted(i) + interval '30 days', 0, pg_temp.accepted(i) + interval '10 days', false, 1
        FROM generate_series(@from, @to) i;
        """;

    // Open background cases: accepted within the last 25 days, waiting on 初审 .. 登簿.
    private const string OpenSql = """
        CREATE TABLE pg_temp.open_cases AS
        SELECT i, timestamptz '2026-11-23 10:00:00+08' - make_interval(days => i % 25, mins => i % 480) AS at,
               '340122' || to_char(timestamptz '2026-11-23 10:00:00+08' - make_interval(days => i / 500), 'YYYYMMDD') || '9' || lpad((i % 500)::text, 5, '0') AS number,
               2 + i % 4 AS waiting
        FROM generate_series(0, @to) i;
        INSERT INTO "Cases" ("Id", "CaseNumber", "BusinessType", "Status", "AcceptedAt", "AcceptedBy", "Channel", "WorkflowInstanceId", "IsOpen", "Version")
        SELECT pg_temp.gid(11, i), number, pg_temp.btype(i / 4), 'UnderReview', at, 'acceptor-01', pg_temp.channel(i), pg_temp.gid(12, i), true, 1 FROM pg_temp.open_cases;
        INSERT INTO "CaseParties" ("CaseId", "Ordinal", "Role", "IdKind", "Name", "IdNumber", "IsApplicant")
        SELECT pg_temp.gid(11, i), o, CASE o WHEN 0 THEN 'Transferee' ELSE 'Transferor' END, 'ResidentId', pg_temp.pname(7000000 + i * 7 + o * 13),
               pg_temp.rid('34012119' || lpad((i % 40 + 50 + o * 10)::text, 2, '0') || '0303' || lpad((i % 1000)::text, 3, '0')), true
        FROM pg_temp.open_cases, generate_series(0, 1) o;
        INSERT INTO "CaseUnits" ("CaseId", "Ordinal", "UnitCode", "IsOpen")
        SELECT pg_temp.gid(11, i), 0, '340121' || lpad((i / 100000 + 50)::text, 3, '0') || lpad(((i / 1000) % 100)::text, 3, '0') || 'GB' || lpad((i % 100000)::text, 5, '0')
               || 'F' || lpad(((i / 7) % 10000)::text, 4, '0') || lpad((5000 + i % 4000)::text, 4, '0'), true
        FROM pg_temp.open_cases;
        INSERT INTO "WorkflowInstances" ("Id", "DefinitionId", "DefinitionVersion", "CorrelationId", "Status", "State", "Version", "JournalSequence", "CreatedAt", "UpdatedAt")
        SELECT pg_temp.gid(12, i), 'house-transfer-resale', 1, number, 'Running', '{}', waiting, waiting, at, at + make_interval(hours => waiting) FROM pg_temp.open_cases;
        INSERT INTO "WorkflowJournal" ("InstanceId", "Sequence", "At", "Action", "NodeId", "NodeName", "Actor", "Outcome", "Opinion", "Inputs", "Hash")
        SELECT pg_temp.gid(12, i), 1, at, 'Started', NULL, NULL, 'acceptor-01', NULL, NULL, '{}', repeat('0', 64) FROM pg_temp.open_cases
        UNION ALL
        SELECT pg_temp.gid(12, i), s.s + 1, at + make_interval(hours => s.s), 'Completed', s.node, s.name, s.role || '-' || lpad((i % 20 + 1)::text, 2, '0'), 'approve', '同意', '{}', repeat('0', 64)
        FROM pg_temp.open_cases, pg_temp.steps s WHERE s.s < waiting;
        INSERT INTO "WorkflowBookmarks" ("InstanceId", "BookmarkId", "DefinitionId", "DefinitionVersion", "CorrelationId", "InstanceStatus", "NodeId", "NodeName", "Kind", "Role",
                                         "Assignee", "ClaimedAt", "CreatedAt")
        SELECT pg_temp.gid(12, i), 't' || s.node, 'house-transfer-resale', 1, number, 'Running', s.node, s.name, 'HumanTask', s.role,
               CASE WHEN s.s = 2 OR i % 3 = 0 THEN s.role || '-' || lpad((i % 20 + 1)::text, 2, '0') END,
               CASE WHEN s.s = 2 OR i % 3 = 0 THEN at + make_interval(hours => waiting, mins => 5) END, at + make_interval(hours => waiting)
        FROM pg_temp.open_cases JOIN pg_temp.steps s ON s.s = waiting;
        INSERT INTO "CaseDeadlines" ("CaseNumber", "BusinessType", "OfficeCode", "AcceptedAt", "TimeLimitCode", "PausesJson", "ExtensionsJson",
                                     "DueAt", "AmberFrom", "EscalateAt", "Stage", "IsProvisional", "Version")
        SELECT number, pg_temp.btype(i / 4), '340121', at, 'TL-20', '[]', '[]',
               timestamptz '2026-11-23 10:00:00+08' + make_interval(days => -5 + i % 26), timestamptz '2026-11-23 10:00:00+08' + make_interval(days => -8 + i % 26),
               timestamptz '2026-11-23 10:00:00+08' + make_interval(days => -3 + i % 26), CASE WHEN i % 26 <= 5 THEN 2 WHEN i % 26 <= 8 THEN 1 ELSE 0 END, false, 1
        FROM pg_temp.open_cases;
        """;
}
