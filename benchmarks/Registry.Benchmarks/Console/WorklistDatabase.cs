using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence;
using Registry.Workflows;

// Not "Registry.Benchmarks.Console": that namespace would hide System.Console in the other benchmarks.
namespace Registry.Benchmarks.ExaminerConsole;

/// <summary>
/// A large SQLite database for the console's speed targets: <c>finished</c> closed cases (parties, units, a completed
/// workflow instance and its journal) and <c>open</c> cases waiting on human tasks across the office roles, with
/// statutory deadlines around "now". Migrated by the product's own initializer, then filled with raw prepared
/// inserts in one transaction. The file is cached: a second call with the same counts and seed reuses it.
/// Reuse it for other benchmarks (e.g. the case page render) with <see cref="EnsureAsync"/>.
/// </summary>
public static class WorklistDatabase
{
    /// <summary>Where the 1,000,000-case file is cached between runs.</summary>
    public const string DefaultPath = "/tmp/registry-bench-1m.db";

    /// <summary>The instant the data is built around (10:00 China time on 2026-11-23), so deadlines are stable.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Business types used for the cases (catalogue codes).</summary>
    public static readonly string[] BusinessTypes = ["HouseTransferResale", "HouseTransferNewBuild", "HouseFirst", "HouseChange", "HouseTransferGift", "HouseTransferInheritance"];

    /// <summary>The human steps every case passes, with the role that works each.</summary>
    public static readonly (string NodeId, string Name, string Role)[] Steps =
    [
        ("acceptance", "受理", "acceptor"),
        ("first-review", "初审", "first-review"),
        ("second-review", "复审", "second-review"),
        ("approval", "核定", "approver"),
        ("recording", "登簿", "recorder"),
    ];

    /// <summary>How many people work each role; person 1 of first review is <see cref="BenchmarkUser"/>.</summary>
    public const int StaffPerRole = 20;

    /// <summary>The person whose worklist the benchmark reads (role first-review).</summary>
    public const string BenchmarkUser = "first-review-01";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "梓涵", "浩然", "子轩", "雨桐", "欣怡", "俊杰", "嘉怡"];

    /// <summary>The staff name of person <paramref name="index"/> (0-based) of <paramref name="role"/>.</summary>
    public static string Staff(string role, int index) => $"{role}-{(index % StaffPerRole) + 1:00}";

    /// <summary>
    /// The case number of case <paramref name="index"/>: 340122 + accepted date + a 6-digit sequence. A neighbouring
    /// division, so the demo county (340121) can be loaded on top without colliding (the case-file benchmark does).
    /// </summary>
    public static string CaseNumber(int index, bool open) =>
        open
            ? $"340122{Now.AddDays(-(index / 500)).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}9{index % 500:00000}"
            : $"340122{AcceptedAt(index).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{index % 600:000000}";

    /// <summary>The 28-character unit code of case <paramref name="index"/>.</summary>
    public static string UnitCode(int index, bool open) =>
        $"340121{(index / 100_000) + (open ? 50 : 1):000}{(index / 1000) % 100:000}GB{index % 100_000:00000}F{(index / 7) % 10_000:0000}{(open ? 5000 : 1) + (index % 4000):0000}";

    /// <summary>The name of party <paramref name="ordinal"/> of case <paramref name="index"/>.</summary>
    public static string PartyName(int index, int ordinal)
    {
        var n = (index * 7) + (ordinal * 13);
        return Surnames[n % Surnames.Length] + Given[(n / Surnames.Length) % Given.Length] + (((index + ordinal) % 3 == 0) ? Given[(index / 11) % Given.Length] : string.Empty);
    }

    private static DateTimeOffset AcceptedAt(int index) => Now.AddDays(-30 - (index / 600)).AddMinutes(index % 600);

    /// <summary>
    /// Returns <paramref name="path"/>, generating it unless it already holds a database built with these counts.
    /// </summary>
    public static async Task<string> EnsureAsync(string path = DefaultPath, int finished = 1_000_000, int open = 10_000, TextWriter? log = null)
    {
        log ??= TextWriter.Null;
        var stamp = $"finished={finished};open={open};v=4";
        if (File.Exists(path) && ReadStamp(path) == stamp)
        {
            log.WriteLine($"reusing {path} ({new FileInfo(path).Length / (1024 * 1024)} MB)");
            return path;
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var clock = Stopwatch.StartNew();
        await MigrateAsync(path);
        log.WriteLine($"migrated in {clock.Elapsed.TotalSeconds:F1} s");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1500000; PRAGMA temp_store=MEMORY;");
            using (var transaction = connection.BeginTransaction())
            {
                var writer = new Writer(connection, transaction);
                for (var i = 0; i < finished; i++)
                {
                    writer.Finished(i);
                    if (i > 0 && i % 100_000 == 0)
                    {
                        log.WriteLine($"  {i:N0} finished cases, {clock.Elapsed.TotalSeconds:F0} s");
                    }
                }

                for (var i = 0; i < open; i++)
                {
                    writer.Open(i);
                }

                Execute(connection, $"CREATE TABLE BenchmarkStamp (Value TEXT NOT NULL); INSERT INTO BenchmarkStamp VALUES ('{stamp}');", transaction);
                transaction.Commit();
            }

            log.WriteLine($"inserted in {clock.Elapsed.TotalSeconds:F0} s; analyzing");
            Execute(connection, "ANALYZE; PRAGMA journal_mode=WAL;");
        }

        SqliteConnection.ClearAllPools();
        log.WriteLine($"generated {path} in {clock.Elapsed.TotalSeconds:F0} s ({new FileInfo(path).Length / (1024 * 1024)} MB)");
        return path;
    }

    /// <summary>Services reading <paramref name="path"/> like the product does (EF persistence, the engine's stores).</summary>
    public static ServiceProvider Services(string path)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = path, ["Database:SeedDemoData"] = "false" })
            .Build();
        return new ServiceCollection()
            .AddRegistryPersistence(configuration)
            .AddRegistryWorkflows()
            .BuildServiceProvider();
    }

    private static async Task MigrateAsync(string path)
    {
        await using var services = Services(path);
        await services.InitializeRegistryDatabaseAsync();
        SqliteConnection.ClearAllPools();
    }

    private static string? ReadStamp(string path)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Value FROM BenchmarkStamp";
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Prepared insert commands, one per table, reused for every row.</summary>
    private sealed class Writer
    {
        private const string Hash = "0000000000000000000000000000000000000000000000000000000000000000";
        private readonly SqliteCommand _case;
        private readonly SqliteCommand _party;
        private readonly SqliteCommand _unit;
        private readonly SqliteCommand _instance;
        private readonly SqliteCommand _journal;
        private readonly SqliteCommand _bookmark;
        private readonly SqliteCommand _deadline;
        private long _guid;

        public Writer(SqliteConnection connection, SqliteTransaction transaction)
        {
            _case = Prepare(connection, transaction, "INSERT INTO Cases (Id, CaseNumber, BusinessType, Status, AcceptedAt, AcceptedBy, Channel, WorkflowInstanceId, IsOpen, Version) VALUES ($0, $1, $2, $3, $4, $5, 'Counter', $6, $7, 1)", 8);
            _party = Prepare(connection, transaction, "INSERT INTO CaseParties (CaseId, Ordinal, Role, IdKind, Name, IdNumber, IsApplicant) VALUES ($0, $1, $2, 'ResidentId', $3, $4, 1)", 5);
            _unit = Prepare(connection, transaction, "INSERT INTO CaseUnits (CaseId, Ordinal, UnitCode, IsOpen) VALUES ($0, 0, $1, $2)", 3);
            _instance = Prepare(connection, transaction, "INSERT INTO WorkflowInstances (Id, DefinitionId, DefinitionVersion, CorrelationId, Status, State, Version, JournalSequence, CreatedAt, UpdatedAt) VALUES ($0, 'catalogue-standard', 1, $1, $2, '{}', $3, $3, $4, $5)", 6);
            _journal = Prepare(connection, transaction, "INSERT INTO WorkflowJournal (InstanceId, Sequence, At, Action, NodeId, NodeName, Actor, Outcome, Opinion, Inputs, Hash) VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, '{}', '" + Hash + "')", 9);
            _bookmark = Prepare(connection, transaction, "INSERT INTO WorkflowBookmarks (InstanceId, BookmarkId, DefinitionId, DefinitionVersion, CorrelationId, InstanceStatus, NodeId, NodeName, Kind, Role, Assignee, ClaimedAt, CreatedAt) VALUES ($0, $1, 'catalogue-standard', 1, $2, 'Running', $3, $4, 'HumanTask', $5, $6, $7, $8)", 9);
            _deadline = Prepare(connection, transaction, "INSERT INTO CaseDeadlines (CaseNumber, BusinessType, OfficeCode, AcceptedAt, TimeLimitCode, PausesJson, ExtensionsJson, DueAt, AmberFrom, EscalateAt, Stage, Version) VALUES ($0, $1, '340121', $2, 'TL-20', '[]', '[]', $3, $4, $5, $6, 1)", 7);
        }

        public void Finished(int index)
        {
            var number = CaseNumber(index, open: false);
            var accepted = AcceptedAt(index);
            var caseId = NextGuid();
            var instanceId = NextGuid();
            Case(caseId, number, BusinessTypes[index % BusinessTypes.Length], "Completed", accepted, instanceId, index, open: false);
            Run(_instance, instanceId, number, "Completed", Steps.Length + 2, accepted.UtcTicks, accepted.AddDays(10).UtcTicks);
            Run(_journal, instanceId, 1, accepted.UtcTicks, "Started", null, null, Staff("acceptor", index), null, null);
            for (var s = 0; s < Steps.Length; s++)
            {
                var step = Steps[s];
                Run(_journal, instanceId, s + 2, accepted.AddDays(s * 2).AddHours(1).UtcTicks, "Completed", step.NodeId, step.Name, Staff(step.Role, index / 3), "approve", "同意");
            }

            Run(_journal, instanceId, Steps.Length + 2, accepted.AddDays(10).UtcTicks, "Ended", null, null, "engine", "Completed", null);
        }

        public void Open(int index)
        {
            var number = CaseNumber(index, open: true);
            var accepted = Now.AddDays(-(index % 25)).AddMinutes(-(index % 480));
            var caseId = NextGuid();
            var instanceId = NextGuid();
            var type = BusinessTypes[(index / 4) % BusinessTypes.Length];
            Case(caseId, number, type, "UnderReview", accepted, instanceId, index, open: true);

            // Waits on step 1..4 (first review .. recording); a third are claimed by someone of that role.
            var at = 1 + (index % (Steps.Length - 1));
            Run(_instance, instanceId, number, "Running", at + 1, accepted.UtcTicks, accepted.AddHours(at).UtcTicks);
            Run(_journal, instanceId, 1, accepted.UtcTicks, "Started", null, null, Staff("acceptor", index), null, null);
            for (var s = 0; s < at; s++)
            {
                var done = Steps[s];
                Run(_journal, instanceId, s + 2, accepted.AddHours(s).UtcTicks, "Completed", done.NodeId, done.Name, Staff(done.Role, index / 3), "approve", "同意");
            }

            var step = Steps[at];
            var claimed = index % 3 == 0;
            var waiting = accepted.AddHours(at);
            Run(_bookmark, instanceId, "t" + step.NodeId, number, step.NodeId, step.Name, step.Role, claimed ? Staff(step.Role, index / 3) : null, claimed ? waiting.AddMinutes(5).UtcTicks : null, waiting.UtcTicks);

            // Due between 5 days ago and 20 days ahead: about a fifth are overdue.
            var due = Now.AddDays(-5 + (index % 26));
            var stage = due <= Now ? 2 : due <= Now.AddDays(3) ? 1 : 0;
            Run(_deadline, number, type, accepted.UtcTicks, due.UtcTicks, due.AddDays(-3).UtcTicks, due.AddDays(2).UtcTicks, stage);
        }

        private void Case(string caseId, string number, string type, string status, DateTimeOffset accepted, string instanceId, int index, bool open)
        {
            Run(_case, caseId, number, type, status, accepted.UtcTicks, Staff("acceptor", index), instanceId, open ? 1 : 0);
            Run(_party, caseId, 0, "Transferee", PartyName(index + (open ? 7_000_000 : 0), 0), ResidentId($"34012119{(index % 40) + 60:00}0101{index % 1000:000}"));
            Run(_party, caseId, 1, "Transferor", PartyName(index + (open ? 7_000_000 : 0), 1), ResidentId($"34012119{(index % 40) + 50:00}0202{index % 1000:000}"));
            Run(_unit, caseId, UnitCode(index, open), open ? 1 : 0);
        }

        // GB 11643 check character (ISO 7064 MOD 11-2) so the case page can read the parties back.
        private static string ResidentId(string first17)
        {
            ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                sum += (first17[i] - '0') * weights[i];
            }

            return first17 + "10X98765432"[sum % 11];
        }

        // Time-ordered ids (like version 7 GUIDs) so primary-key inserts append to the B-tree.
        private string NextGuid() => new Guid((int)(++_guid >> 16), (short)(_guid & 0xFFFF), 0x7000, 0x80, 0, 0, 0, 0, 0, 0, 0).ToString().ToUpperInvariant();

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
            }

            command.Prepare();
            return command;
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}
