using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Registry.Benchmarks.Workflows;

/// <summary>
/// What a workflow step writes, independent of the machine's load: runs the durable lifecycles of
/// <see cref="WorkflowLifecycleBenchmarks"/> while a reader pins the WAL (so nothing is checkpointed away), then reads the
/// WAL's frame headers: frames (4 KB pages) per commit and which table or index each page belongs to.
/// Run: <c>dotnet run -c Release --project benchmarks/Registry.Benchmarks -- workflow-wal [lifecycles]</c>.
/// </summary>
public static class WorkflowWalProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "time")
        {
            return await TimeAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60);
        }

        var lifecycles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var bench = new WorkflowLifecycleBenchmarks();
        bench.Setup();
        try
        {
            var engine = bench.DurableRuntime;
            await WorkflowLifecycleBenchmarks.RunLifecyclesAsync(engine, 50);
            var wal = bench.DatabasePath + "-wal";
            using (var reader = new SqliteConnection($"Data Source={bench.DatabasePath}"))
            {
                reader.Open();
                using (var truncate = reader.CreateCommand())
                {
                    truncate.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                    truncate.ExecuteNonQuery();
                }

                // A read transaction on the empty WAL: no frame can be checkpointed or overwritten until it ends.
                using var pin = reader.BeginTransaction(deferred: true);
                using (var read = reader.CreateCommand())
                {
                    read.Transaction = pin;
                    read.CommandText = "SELECT count(*) FROM sqlite_master;";
                    read.ExecuteScalar();
                }

                var clock = Stopwatch.StartNew();
                await WorkflowLifecycleBenchmarks.RunLifecyclesAsync(engine, lifecycles);
                clock.Stop();
                var (frames, commits, pages) = ReadWal(wal);
                var steps = lifecycles * 10;
                System.Console.WriteLine($"{lifecycles} lifecycles ({steps} steps) in {clock.Elapsed.TotalMilliseconds:F0} ms ({clock.Elapsed.TotalMilliseconds / lifecycles:F2} ms per lifecycle, WAL pinned)");
                System.Console.WriteLine($"WAL: {frames} frames, {commits} commits, {(double)frames / commits:F2} frames per commit, {(double)frames * 4120 / commits / 1024:F1} KB per commit");
                pin.Rollback();
                using var names = reader.CreateCommand();
                names.CommandText = "SELECT pageno, name FROM dbstat;";
                var owner = new Dictionary<long, string>();
                try
                {
                    using var r = names.ExecuteReader();
                    while (r.Read())
                    {
                        owner[r.GetInt64(0)] = r.GetString(1);
                    }
                }
                catch (SqliteException ex)
                {
                    // e_sqlite3 is built without dbstat: leave the file and the page counts for a sqlite3 shell or Python.
                    using (var checkpoint = reader.CreateCommand())
                    {
                        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                        checkpoint.ExecuteNonQuery();
                    }

                    var copy = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "registry-workflow-wal.db");
                    File.Copy(bench.DatabasePath, copy, overwrite: true);
                    File.WriteAllLines(copy + ".pages", pages.Select(p => $"{p.Key} {p.Value}"));
                    System.Console.WriteLine($"(no dbstat: {ex.Message}; the database is copied to {copy}, the page counts to {copy}.pages)");
                }

                foreach (var group in pages.GroupBy(p => owner.GetValueOrDefault(p.Key, p.Key == 1 ? "(header page 1)" : "(free or new)")).OrderByDescending(g => g.Sum(p => p.Value)))
                {
                    System.Console.WriteLine($"  {group.Key,-60} {(double)group.Sum(p => p.Value) / commits,6:F2} pages per commit");
                }
            }

            return 0;
        }
        finally
        {
            bench.Cleanup();
        }
    }

    /// <summary>
    /// For a loaded machine: batches of 10 durable lifecycles, each timed (wall and process CPU). The fastest batches
    /// are the ones least disturbed by other processes; compare their quartiles between builds run alternately.
    /// </summary>
    private static async Task<int> TimeAsync(int batches)
    {
        var bench = new WorkflowLifecycleBenchmarks();
        bench.Setup();
        try
        {
            var engine = bench.DurableRuntime;
            await WorkflowLifecycleBenchmarks.RunLifecyclesAsync(engine, 50);
            var wall = new List<double>();
            var cpu = new List<double>();
            var process = Process.GetCurrentProcess();
            for (var b = 0; b < batches; b++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await WorkflowLifecycleBenchmarks.RunLifecyclesAsync(engine, 10);
                clock.Stop();
                process.Refresh();
                wall.Add(clock.Elapsed.TotalMilliseconds / 10);
                cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds / 10);
            }

            wall.Sort();
            cpu.Sort();
            double At(List<double> x, double q) => x[(int)(q * (x.Count - 1))];
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ms per lifecycle over {batches} batches of 10: wall min {wall[0]:F2} p25 {At(wall, 0.25):F2} median {At(wall, 0.5):F2}; CPU min {cpu[0]:F2} p25 {At(cpu, 0.25):F2} median {At(cpu, 0.5):F2}"));
            return 0;
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static (int Frames, int Commits, Dictionary<long, int> Pages) ReadWal(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var pageSize = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8));
        var salt1 = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16));
        var salt2 = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20));
        int frames = 0, commits = 0;
        var pages = new Dictionary<long, int>();
        for (var offset = 32; offset + 24 + pageSize <= bytes.Length; offset += 24 + pageSize)
        {
            var header = bytes.AsSpan(offset, 24);
            if (BinaryPrimitives.ReadUInt32BigEndian(header[8..]) != salt1 || BinaryPrimitives.ReadUInt32BigEndian(header[12..]) != salt2)
            {
                break;
            }

            frames++;
            var page = BinaryPrimitives.ReadUInt32BigEndian(header);
            pages[page] = pages.GetValueOrDefault(page) + 1;
            if (BinaryPrimitives.ReadUInt32BigEndian(header[4..]) != 0)
            {
                commits++;
            }
        }

        return (frames, commits, pages);
    }
}
