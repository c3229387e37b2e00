using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Registry.Benchmarks.Load;

/// <summary>
/// The several-node load test (issue 18 part 5): a PostgreSQL database seeded with finished and open cases, then N
/// simulated 初审 examiners claiming and approving cases, first spread over two node processes, then all on one, in one
/// run; decisions/s, claim+decide latency percentiles, each node's CPU (from /proc), PostgreSQL's CPU and the load
/// average beside every figure.
/// <c>dotnet run -c Release --project benchmarks/Registry.Benchmarks -- load [--finished 1000000] [--open 10000]
/// [--examiners 200] [--cases 2000] [--database registry_load] [--reseed] [--pick-from-list] [--pause-ms 0] [--warm-up 1500]</c> (or <c>bash build/load-test.sh</c>).
/// The examiners press 取下一件 (claim next: one command hands each a different task); with <c>--pick-from-list</c> they
/// read the group worklist, claim a random row of its first pages and lose the race when someone else took it first.
/// <c>--pause-ms N</c>: each examiner pauses 0.5–1.5 × N ms after a decision, as a person does before the next case (0:
/// back to back, so the latency is the queue of 200 examiners, not the service time).
/// </summary>
internal static class LoadTest
{
    /// <summary>
    /// Decisions each node makes before the timed part (<c>--warm-up N</c>). With 20 (the first runs) a node was still
    /// compiling its decision path during the measured phase (a <c>perf</c> profile: the JIT at 5–18 % of the node's CPU
    /// every second of it); a node in service runs for days, so the figure that matters is the warm one. With 300 the JIT
    /// still compiled ~10,700 methods (14 s of its time) during the 2,000 timed decisions, with 1,500 ~3,000–5,400 (tier-1
    /// promotions; the phase line prints these counts), and one node decided 145 / 134 against 78 / 110 a second
    /// (alternated, 8 Dec 00:30–00:35 UTC): 1,500 is the default now, and the timed part is still not fully warm.
    /// </summary>
    private const int DefaultWarmUpPerNode = 1_500;
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        var finished = Option(args, "--finished", 1_000_000);
        var open = Option(args, "--open", 10_000);
        var examiners = Option(args, "--examiners", 200);
        var cases = Option(args, "--cases", 2_000);
        var pauseMs = Option(args, "--pause-ms", 0);
        var warmUp = Option(args, "--warm-up", DefaultWarmUpPerNode);
        var database = args.SkipWhile(a => a != "--database").Skip(1).FirstOrDefault() ?? "registry_load";
        var server = Environment.GetEnvironmentVariable("REGISTRY_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Console.Error.WriteLine("Set REGISTRY_TEST_POSTGRES (eval \"$(bash build/postgres.sh start)\") or use build/load-test.sh.");
            return 2;
        }

        Console.WriteLine($"load test: {finished:N0} finished + {open:N0} open cases, {examiners} examiners, {cases:N0} cases decided per phase; {(args.Contains("--pick-from-list") ? "picked from the worklist" : "取下一件")}, pause {pauseMs} ms; {warmUp} warm-up decisions per node; {Environment.ProcessorCount} cores; load {LoadAverage()}");
        var connectionString = await LoadDatabase.EnsureAsync(server, database, finished, open, args.Contains("--reseed"), Console.Out);
        var phases = new List<PhaseResult>();
        await using (var pool = await DecidableCases.StartAsync(connectionString))
        {
            var only = Option(args, "--nodes", 0); // one phase only (A/B comparisons on a noisy machine)
            foreach (var (nodes, outage) in (args.Contains("--outage") ? [(2, false), (1, false), (2, true)] : new[] { (2, false), (1, false) }).Where(p => only == 0 || (p.Item1 == only && !p.Item2)))
            {
                Console.WriteLine($"phase: {nodes} node(s){(outage ? $", the database stopped for {OutageLength.TotalSeconds:F0} s" : string.Empty)} — accepting {cases:N0} + {nodes * warmUp} warm-up cases through the product (not timed)");
                await pool.AcceptAsync(cases + (nodes * warmUp), 4, Console.Out);
                phases.Add(await RunPhaseAsync(connectionString, nodes, examiners, outage, args.Contains("--pick-from-list") ? "pick-from-list" : "claim-next", pauseMs, warmUp));
                Console.WriteLine(phases[^1].Line());
                Console.WriteLine($"  consistency: {await ConsistencyAsync(connectionString)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| nodes | examiners | decisions | decisions/s | claim+decide p50 / p95 / p99 (ms) | worklist p95 (ms) | claim conflicts | failures | CPU per node (% of one core) | PostgreSQL CPU | machine busy (both cores) | load average (start → end) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var phase in phases)
        {
            Console.WriteLine(phase.Row());
        }

        return 0;
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>
    /// Nothing half-written: no 初审 completed twice, none completed while its task is still open, and every instance's
    /// stored journal position equal to its last journal line.
    /// </summary>
    private static async Task<string> ConsistencyAsync(string connectionString)
    {
        // Pooled connections from before an outage were closed by the server: start afresh.
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            WITH done AS (SELECT "InstanceId", count(*) AS n FROM "WorkflowJournal" WHERE "NodeId" = 'firstReview' AND "Action" = 'Completed' GROUP BY "InstanceId")
            SELECT (SELECT count(*) FROM done WHERE n > 1),
                   (SELECT count(*) FROM done JOIN "WorkflowBookmarks" b ON b."InstanceId" = done."InstanceId" AND b."NodeId" = 'firstReview'),
                   (SELECT count(*) FROM "WorkflowInstances" i WHERE i."State" <> '{}'
                      AND i."JournalSequence" <> (SELECT coalesce(max(j."Sequence"), 0) FROM "WorkflowJournal" j WHERE j."InstanceId" = i."Id"))
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Create(CultureInfo.InvariantCulture, $"初审 completed twice: {reader.GetInt64(0)}; completed with its task still open: {reader.GetInt64(1)}; instances whose journal position disagrees with their journal: {reader.GetInt64(2)}");
    }

    private static async Task<PhaseResult> RunPhaseAsync(string connectionString, int nodes, int examiners, bool outage, string mode, int pauseMs, int warmUp)
    {
        // Each node's own pool, small enough that two nodes and the rest stay under the server's 200 connections.
        var nodeConnection = connectionString + ";Maximum Pool Size=70";
        var processes = new List<Process>();
        try
        {
            for (var n = 0; n < nodes; n++)
            {
                var share = (examiners / nodes) + (n < examiners % nodes ? 1 : 0);
                var first = 1 + (n * (examiners / nodes)) + Math.Min(n, examiners % nodes);
                var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
                foreach (var argument in (string[])[typeof(LoadTest).Assembly.Location, "load-node", nodeConnection, share.ToString(CultureInfo.InvariantCulture), first.ToString(CultureInfo.InvariantCulture), warmUp.ToString(CultureInfo.InvariantCulture), mode, pauseMs.ToString(CultureInfo.InvariantCulture)])
                {
                    start.ArgumentList.Add(argument);
                }

                processes.Add(Process.Start(start) ?? throw new InvalidOperationException("node did not start"));
            }

            foreach (var process in processes)
            {
                await ExpectAsync(process, "ready");
            }

            var loadBefore = LoadAverage();
            var cpuBefore = processes.Select(p => ProcessCpu(p.Id)).ToList();
            var postgresBefore = PostgresCpu();
            var machineBefore = MachineCpu();
            var watch = Stopwatch.StartNew();
            foreach (var process in processes)
            {
                await process.StandardInput.WriteLineAsync("go");
                await process.StandardInput.FlushAsync();
            }

            var outageTask = Task.FromResult<(long, long)>((0, 0));
            if (outage)
            {
                outageTask = Task.Run(async () =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(5));
                    var stopped = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    await PostgresAsync("stop");
                    Console.WriteLine($"  database stopped at +{watch.Elapsed.TotalSeconds:F1} s; load {LoadAverage()}");
                    await Task.Delay(OutageLength);
                    await PostgresAsync("resume");
                    Console.WriteLine($"  database resumed at +{watch.Elapsed.TotalSeconds:F1} s");
                    return (stopped, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                });
            }

            var results = new List<LoadNode.NodeResult>();
            foreach (var process in processes)
            {
                var line = await ExpectAsync(process, "result ");
                results.Add(JsonSerializer.Deserialize<LoadNode.NodeResult>(line["result ".Length..])!);
            }

            var wall = watch.Elapsed.TotalSeconds;
            var cpu = processes.Select((p, i) => (ProcessCpu(p.Id) - cpuBefore[i]) / wall * 100).ToList();
            var postgres = (PostgresCpu() - postgresBefore) / wall * 100;
            var machineAfter = MachineCpu();
            var machine = 100.0 * (machineAfter.Busy - machineBefore.Busy) / Math.Max(1, machineAfter.Total - machineBefore.Total);
            var loadAfter = LoadAverage();
            foreach (var process in processes)
            {
                await process.StandardInput.WriteLineAsync("exit");
                await process.StandardInput.FlushAsync();
            }

            var (stoppedAt, resumedAt) = await outageTask;
            if (outage)
            {
                var decided = results.SelectMany(r => r.DecidedAtMs).Order().ToList();
                var firstAfter = decided.FirstOrDefault(t => t >= resumedAt);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  outage: {decided.Count(t => t >= stoppedAt && t < resumedAt)} decisions committed while stopped; first decision after the restart {(firstAfter == 0 ? "never" : $"{(firstAfter - resumedAt) / 1000.0:F1} s")} after it; failures by kind: {string.Join(", ", results.SelectMany(r => r.Failures).GroupBy(f => f.Key).Select(g => $"{g.Key} {g.Sum(f => f.Value)}"))}"));
            }

            return new PhaseResult(nodes, examiners, wall, results, cpu, postgres, machine, loadBefore, loadAfter, outage);
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.WaitForExit(30_000))
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }
    }

    // build/postgres.sh stop|resume on the server named by REGISTRY_PG_PORT / REGISTRY_PG_DATA (build/load-test.sh --outage
    // starts a server of the load test's own, so no one else's database goes away).
    private static async Task PostgresAsync(string verb)
    {
        using var process = Process.Start("bash", ["build/postgres.sh", verb]) ?? throw new InvalidOperationException("bash did not start");
        await process.WaitForExitAsync();
    }

    private static async Task<string> ExpectAsync(Process process, string prefix)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"node {process.Id} ended before '{prefix.Trim()}' (exit code {(process.HasExited ? process.ExitCode : -1)})");
    }

    /// <summary>User + system CPU seconds of process <paramref name="pid"/> (fields 14 and 15 of /proc/pid/stat).</summary>
    private static double ProcessCpu(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>
    /// CPU seconds of the PostgreSQL servers on the machine: every live process named postgres, plus, for each server's
    /// postmaster, what its ended backends used (cutime + cstime), so a connection closed mid-phase still counts. The
    /// servers may serve other work too.
    /// </summary>
    private static double PostgresCpu()
    {
        var total = 0.0;
        var postgres = new Dictionary<int, (int Parent, string[] Fields)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    if (stat.Contains("(postgres)", StringComparison.Ordinal))
                    {
                        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                        postgres[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), fields);
                    }
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        foreach (var (_, (parent, fields)) in postgres)
        {
            total += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            if (!postgres.ContainsKey(parent))
            {
                total += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
        }

        return total / 100.0;
    }

    /// <summary>Busy and total jiffies of the whole machine (first line of /proc/stat).</summary>
    private static (long Busy, long Total) MachineCpu()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        return (fields.Sum() - idle, fields.Sum());
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    private sealed record PhaseResult(int Nodes, int Examiners, double Seconds, List<LoadNode.NodeResult> Results, List<double> CpuPercent, double PostgresPercent, double MachineBusyPercent, string LoadBefore, string LoadAfter, bool Outage)
    {
        private List<double> Latencies => [.. Results.SelectMany(r => r.ClaimAndDecideMs).Order()];

        // A restarted server's postmaster starts its count again: no figure for the outage phase.
        private string Postgres => PostgresPercent < 0 ? "n/a (restarted)" : PostgresPercent.ToString("F0", CultureInfo.InvariantCulture) + "%";

        private int Failures => Results.Sum(r => r.Failures.Values.Sum());

        public string Line()
        {
            var l = Latencies;
            var failures = string.Join("; ", Results.SelectMany(r => r.FailureSamples).Take(3));
            return string.Create(CultureInfo.InvariantCulture, $"  {Nodes} node(s){(Outage ? " with the outage" : string.Empty)}: {l.Count} decisions in {Seconds:F1} s = {l.Count / Seconds:F1}/s; claim+decide p50 {P(l, 0.5):F0} ms, p95 {P(l, 0.95):F0} ms, p99 {P(l, 0.99):F0} ms; claim conflicts {Results.Sum(r => r.ClaimConflicts)}; failures {Failures}{(failures.Length > 0 ? " (" + failures + ")" : string.Empty)}; CPU {string.Join(" + ", CpuPercent.Select(c => c.ToString("F0", CultureInfo.InvariantCulture) + "%"))}, PostgreSQL {Postgres}, machine busy {MachineBusyPercent:F0}% of both cores; load {LoadBefore} → {LoadAfter}; JIT while timed {string.Join(" + ", Results.Select(r => r.JitMethods + " methods / " + r.JitSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s"))}");
        }

        public string Row()
        {
            var l = Latencies;
            var worklist = Results.SelectMany(r => r.WorklistMs).Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"| {Nodes}{(Outage ? ", database stopped 30 s" : string.Empty)} | {Examiners} | {l.Count} | {l.Count / Seconds:F1} | {P(l, 0.5):F0} / {P(l, 0.95):F0} / {P(l, 0.99):F0} | {P(worklist, 0.95):F0} | {Results.Sum(r => r.ClaimConflicts)} | {Failures} | {string.Join(" + ", CpuPercent.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))} | {Postgres} | {MachineBusyPercent:F0}% | {LoadBefore} → {LoadAfter} |");
        }

        private static double P(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }
}
