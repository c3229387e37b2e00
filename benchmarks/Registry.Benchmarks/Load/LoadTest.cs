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
/// [--examiners 200] [--cases 2000] [--database registry_load] [--reseed]</c> (or <c>bash build/load-test.sh</c>).
/// </summary>
internal static class LoadTest
{
    private const int WarmUpPerNode = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var finished = Option(args, "--finished", 1_000_000);
        var open = Option(args, "--open", 10_000);
        var examiners = Option(args, "--examiners", 200);
        var cases = Option(args, "--cases", 2_000);
        var database = args.SkipWhile(a => a != "--database").Skip(1).FirstOrDefault() ?? "registry_load";
        var server = Environment.GetEnvironmentVariable("REGISTRY_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Console.Error.WriteLine("Set REGISTRY_TEST_POSTGRES (eval \"$(bash build/postgres.sh start)\") or use build/load-test.sh.");
            return 2;
        }

        Console.WriteLine($"load test: {finished:N0} finished + {open:N0} open cases, {examiners} examiners, {cases:N0} cases decided per phase; {Environment.ProcessorCount} cores; load {LoadAverage()}");
        var connectionString = await LoadDatabase.EnsureAsync(server, database, finished, open, args.Contains("--reseed"), Console.Out);
        var phases = new List<PhaseResult>();
        await using (var pool = await DecidableCases.StartAsync(connectionString))
        {
            foreach (var nodes in new[] { 2, 1 })
            {
                Console.WriteLine($"phase: {nodes} node(s) — accepting {cases:N0} + {nodes * WarmUpPerNode} warm-up cases through the product (not timed)");
                await pool.AcceptAsync(cases + (nodes * WarmUpPerNode), 4, Console.Out);
                phases.Add(await RunPhaseAsync(connectionString, nodes, examiners));
                Console.WriteLine(phases[^1].Line());
            }
        }

        Console.WriteLine();
        Console.WriteLine("| nodes | examiners | decisions | decisions/s | claim+decide p50 / p95 / p99 (ms) | worklist p95 (ms) | claim conflicts | failures | CPU per node (% of one core) | PostgreSQL CPU | load average (start → end) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var phase in phases)
        {
            Console.WriteLine(phase.Row());
        }

        return 0;
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static async Task<PhaseResult> RunPhaseAsync(string connectionString, int nodes, int examiners)
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
                foreach (var argument in (string[])[typeof(LoadTest).Assembly.Location, "load-node", nodeConnection, share.ToString(CultureInfo.InvariantCulture), first.ToString(CultureInfo.InvariantCulture), WarmUpPerNode.ToString(CultureInfo.InvariantCulture)])
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
            var watch = Stopwatch.StartNew();
            foreach (var process in processes)
            {
                await process.StandardInput.WriteLineAsync("go");
                await process.StandardInput.FlushAsync();
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
            var loadAfter = LoadAverage();
            foreach (var process in processes)
            {
                await process.StandardInput.WriteLineAsync("exit");
                await process.StandardInput.FlushAsync();
            }

            return new PhaseResult(nodes, examiners, wall, results, cpu, postgres, loadBefore, loadAfter);
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

    /// <summary>CPU seconds of every process named postgres on the machine (the shared server serves other work too).</summary>
    private static double PostgresCpu()
    {
        var total = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(directory, "comm")).Trim() == "postgres")
                    {
                        total += ProcessCpu(pid);
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

        return total;
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    private sealed record PhaseResult(int Nodes, int Examiners, double Seconds, List<LoadNode.NodeResult> Results, List<double> CpuPercent, double PostgresPercent, string LoadBefore, string LoadAfter)
    {
        private List<double> Latencies => [.. Results.SelectMany(r => r.ClaimAndDecideMs).Order()];

        private int Failures => Results.Sum(r => r.Failures.Values.Sum());

        public string Line()
        {
            var l = Latencies;
            var failures = string.Join("; ", Results.SelectMany(r => r.FailureSamples).Take(3));
            return string.Create(CultureInfo.InvariantCulture, $"  {Nodes} node(s): {l.Count} decisions in {Seconds:F1} s = {l.Count / Seconds:F1}/s; claim+decide p50 {P(l, 0.5):F0} ms, p95 {P(l, 0.95):F0} ms, p99 {P(l, 0.99):F0} ms; claim conflicts {Results.Sum(r => r.ClaimConflicts)}; failures {Failures}{(failures.Length > 0 ? " (" + failures + ")" : string.Empty)}; CPU {string.Join(" + ", CpuPercent.Select(c => c.ToString("F0", CultureInfo.InvariantCulture) + "%"))}, PostgreSQL {PostgresPercent:F0}%; load {LoadBefore} → {LoadAfter}");
        }

        public string Row()
        {
            var l = Latencies;
            var worklist = Results.SelectMany(r => r.WorklistMs).Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"| {Nodes} | {Examiners} | {l.Count} | {l.Count / Seconds:F1} | {P(l, 0.5):F0} / {P(l, 0.95):F0} / {P(l, 0.99):F0} | {P(worklist, 0.95):F0} | {Results.Sum(r => r.ClaimConflicts)} | {Failures} | {string.Join(" + ", CpuPercent.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))} | {PostgresPercent:F0}% | {LoadBefore} → {LoadAfter} |");
        }

        private static double P(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }
}
