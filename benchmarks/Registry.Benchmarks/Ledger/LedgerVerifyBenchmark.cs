using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Application.Ledger;
using Registry.Composition;
using Registry.Persistence;
using Registry.Persistence.Demo;
using Registry.Persistence.Ledger;
using Registry.Persistence.Register;

namespace Registry.Benchmarks.Ledger;

/// <summary>
/// <c>ledger-verify [entries] [--database path]</c>: verification of a register of at least <c>entries</c> chained entries
/// (default 1,000,000; generated once into <c>/tmp/registry-bench-ledger.db</c> through the product's bulk loader, which
/// links every entry, then reused) — every link's MAC, every entry and its holders against its link, and a checkpoint.
/// Prints the time with the load average before and after (target: 1,000,000 entries ≤ 60 s).
/// </summary>
internal static class LedgerVerifyBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var target = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var path = args.SkipWhile(a => a != "--database").Skip(1).FirstOrDefault() ?? "/tmp/registry-bench-ledger.db";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = path,
            ["Database:SeedDemoData"] = "false",
            ["Database:SqliteSynchronous"] = "Normal",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddRegistryServices(configuration)
            .BuildServiceProvider();
        await services.InitializeRegistryDatabaseAsync();

        var factory = services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var entries = await db.Entries.LongCountAsync();
            if (entries < target)
            {
                if (entries > 0)
                {
                    await Console.Error.WriteLineAsync($"{path} holds {entries:N0} entries, fewer than {target:N0}: delete it to regenerate.");
                    return 1;
                }

                Console.WriteLine($"generating ≥ {target:N0} chained register entries into {path} …");
                var clock = Stopwatch.StartNew();
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;");
                var generator = new DemoRegisterGenerator(37346, new DateOnly(2026, 12, 1));
                long generated = 0;
                var registers = generator.Generate(int.MaxValue).TakeWhile(r => (generated += r.Entries.Count) - r.Entries.Count < target);
                var loaded = await new RegisterBulkLoader(db, services.GetRequiredService<RegisterLedgerChain>()).LoadAsync(registers, 5_000);
                await db.Database.CloseConnectionAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {loaded.Units:N0} units, {loaded.Entries:N0} entries, {loaded.Holders:N0} holders in {clock.Elapsed.TotalSeconds:0} s"));
            }
        }

        var audit = services.GetRequiredService<ILedgerAudit>();
        if (!File.Exists(services.GetRequiredService<LedgerOptions>().CheckpointFile))
        {
            await audit.CheckpointAsync();
        }

        for (var run = 1; run <= 2; run++)
        {
            var before = LoadAverage();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await audit.VerifyAsync();
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {result.RegisterEntries:N0} entries, {result.RegisterEvents:N0} links, {result.JournalRows:N0} journal rows, {result.Checkpoints} checkpoints verified in {result.Elapsed.TotalSeconds:0.0} s " +
                $"({result.RegisterEvents / result.Elapsed.TotalSeconds:N0} links/s; CPU time {cpu.TotalSeconds:0.0} s); intact: {result.IsIntact}; peak working set {process.PeakWorkingSet64 / 1_048_576} MB; load average before {before}, after {LoadAverage()}"));
            if (!result.IsIntact)
            {
                Console.WriteLine($"  first broken: {result.FirstBroken}");
                return 1;
            }
        }

        return 0;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
