using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Registry.Cli.CrashProbe;

namespace Registry.Cli;

/// <summary>
/// Hidden command of the crash harness (tests/Registry.Cli.Tests/Crash): the product composed as the web host composes it
/// on a SQLite file, working cases through the services the pages call, so that the harness can kill it (SIGKILL) at any
/// instant and check on restart that nothing disagrees.
/// <list type="bullet">
/// <item><c>crash-probe prepare --database FILE [--units N]</c>: a new database with N units, each with a recorded owner.</item>
/// <item><c>crash-probe work --database FILE [--cases N] [--seed S] [--at INSTANT] [--in-flight K]</c>: checks the file (prints
/// <c>CHECK {json}</c>), moves every open case on (prints <c>STUCK …</c> for one that cannot be), then accepts N new transfers
/// and works them, K at a time, to an end; prints <c>DONE {json}</c>.</item>
/// <item><c>crash-probe check --database FILE [--finish]</c>: prints <c>CHECK {json}</c>; with --finish first drives every open case to an end.</item>
/// </list>
/// Every line starts with what it is; <c>READY ms</c> tells how long start-up took.
/// </summary>
internal static class CrashProbeCommand
{
    public const string Usage = "usage: registry crash-probe prepare|work|check --database FILE [--units N] [--cases N] [--seed S] [--at INSTANT] [--in-flight K] [--finish]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        string? database = null;
        int units = 40, count = 10, seed = Environment.ProcessId, inFlight = 3;
        var at = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var finish = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--database" when i + 1 < args.Length:
                    database = Path.GetFullPath(args[++i]);
                    break;
                case "--units" when i + 1 < args.Length:
                    units = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--cases" when i + 1 < args.Length:
                    count = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--seed" when i + 1 < args.Length:
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--in-flight" when i + 1 < args.Length:
                    inFlight = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--at" when i + 1 < args.Length:
                    at = DateTimeOffset.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--finish":
                    finish = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"unknown argument '{args[i]}'\n{Usage}");
                    return 2;
            }
        }

        if (database is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var preparedFile = database + ".prepared";
        await using var services = await ProbeHost.StartAsync(database, new ProbeClock(at), cancellationToken);
        await Line(output, $"READY {started.ElapsedMilliseconds}");
        switch (args[0])
        {
            case "prepare":
                {
                    var prepared = await ProbeDriver.PrepareAsync(services, units, at.AddDays(-60), cancellationToken);
                    await File.WriteAllLinesAsync(preparedFile, prepared, cancellationToken);
                    await Line(output, $"PREPARED {prepared.Count}");
                    return 0;
                }

            case "check":
                {
                    var prepared = await ReadPreparedAsync(preparedFile, cancellationToken);
                    var driver = new ProbeDriver(services, new Random(seed)) { ReturnRate = 0, RejectRate = 0 };
                    if (finish)
                    {
                        await DriveAllAsync(driver, await OpenCasesAsync(database, cancellationToken), output, cancellationToken);
                    }

                    var report = await ProbeChecker.CheckAsync(services, database, prepared, cancellationToken);
                    await Line(output, "CHECK " + JsonSerializer.Serialize(report, Json));
                    return report.Violations.Count == 0 ? 0 : 1;
                }

            case "work":
                return await WorkAsync(services, database, preparedFile, count, seed, inFlight, output, cancellationToken);

            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> WorkAsync(IServiceProvider services, string database, string preparedFile, int count, int seed, int inFlight, TextWriter output, CancellationToken cancellationToken)
    {
        var prepared = await ReadPreparedAsync(preparedFile, cancellationToken);
        var report = await ProbeChecker.CheckAsync(services, database, prepared, cancellationToken);
        await Line(output, "CHECK " + JsonSerializer.Serialize(report, Json));

        var random = new Random(seed);
        var driver = new ProbeDriver(services, random);

        // Delivery left unmarked by a killed run goes out first, as the outbox job would send it on start.
        await driver.DispatchAsync(cancellationToken);
        var stuck = await DriveAllAsync(driver, await OpenCasesAsync(database, cancellationToken), output, cancellationToken);

        var units = File.Exists(preparedFile) ? prepared.Count : 0;
        var open = new List<string>();
        var accepted = 0;
        while (accepted < count || open.Count > 0)
        {
            if (accepted < count && open.Count < inFlight)
            {
                var busy = (await OpenUnitsAsync(database, cancellationToken)).ToHashSet(StringComparer.Ordinal);
                var free = Enumerable.Range(0, units).Select(ProbeDriver.UnitCodeOf).Where(u => !busy.Contains(u)).ToList();
                if (free.Count == 0)
                {
                    break;
                }

                var number = await driver.AcceptTransferAsync(free[random.Next(free.Count)], cancellationToken);
                await Line(output, $"ACCEPTED {number}");
                open.Add(number);
                accepted++;
                continue;
            }

            var pick = open[random.Next(open.Count)];
            var step = await driver.StepAsync(pick, cancellationToken);
            if (step == ProbeStep.Moved)
            {
                await Line(output, $"MOVED {pick}");
            }
            else if (step == ProbeStep.Ended)
            {
                await Line(output, $"ENDED {pick}");
                open.Remove(pick);
            }
            else if (step is ProbeStep.Stuck or ProbeStep.Waiting)
            {
                await Line(output, $"STUCK {pick} {driver.StuckReason ?? "waiting on a timer"}");
                stuck++;
                open.Remove(pick);
            }
        }

        var after = await ProbeChecker.CheckAsync(services, database, prepared, cancellationToken);
        await Line(output, "DONE " + JsonSerializer.Serialize(after, Json));
        return after.Violations.Count == 0 && stuck == 0 ? 0 : 1;
    }

    // Moves each case on until it ends; a case that cannot move is reported (STUCK) and left.
    private static async Task<int> DriveAllAsync(ProbeDriver driver, IReadOnlyList<string> cases, TextWriter output, CancellationToken cancellationToken)
    {
        var stuck = 0;
        foreach (var number in cases)
        {
            for (var steps = 0; ; steps++)
            {
                var step = steps > 60 ? ProbeStep.Stuck : await driver.StepAsync(number, cancellationToken);
                if (step == ProbeStep.Ended)
                {
                    await Line(output, $"ENDED {number}");
                    break;
                }

                if (step is ProbeStep.Stuck or ProbeStep.Waiting)
                {
                    await Line(output, $"STUCK {number} {driver.StuckReason ?? (steps > 60 ? "still open after 60 commands" : "waiting on a timer")}");
                    stuck++;
                    break;
                }
            }
        }

        return stuck;
    }

    private static async Task<IReadOnlySet<string>> ReadPreparedAsync(string file, CancellationToken cancellationToken) =>
        File.Exists(file) ? (await File.ReadAllLinesAsync(file, cancellationToken)).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);

    private static Task<List<string>> OpenCasesAsync(string database, CancellationToken cancellationToken) =>
        QueryAsync(database, "SELECT CaseNumber FROM Cases WHERE IsOpen = 1 ORDER BY CaseNumber", cancellationToken);

    private static Task<List<string>> OpenUnitsAsync(string database, CancellationToken cancellationToken) =>
        QueryAsync(database, "SELECT u.UnitCode FROM CaseUnits u JOIN Cases c ON c.Id = u.CaseId WHERE c.IsOpen = 1", cancellationToken);

    private static async Task<List<string>> QueryAsync(string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task Line(TextWriter output, string text)
    {
        await output.WriteLineAsync(text);
        await output.FlushAsync();
    }
}
