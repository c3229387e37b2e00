using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence;
using Registry.Persistence.Demo;
using Registry.Persistence.Register;

namespace Registry.Cli;

/// <summary>
/// Fills an empty registry database with a large deterministic register for benchmarks. Units are
/// generated and written as a stream in batches, so memory stays flat whatever the unit count.
/// </summary>
internal static class GenerateCommand
{
    public const string Usage =
        "usage: registry generate --units N (--database path.db | --provider SqlServer --connection \"...\") [--seed S] [--batch B]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n{Usage}");
            return 2;
        }

        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider,
            ["Database:SeedDemoData"] = "false",
            ["Database:Path"] = options.Database,
            ["ConnectionStrings:Registry"] = options.Connection,
        };
        if (options.DryRun)
        {
            // Measures the generator alone, without the database.
            var watch = Stopwatch.StartNew();
            long entries = 0;
            foreach (var register in new DemoRegisterGenerator(options.Seed, new DateOnly(2025, 9, 18)).Generate(options.Units))
            {
                entries += register.Entries.Count;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {options.Units:N0} units, {entries:N0} entries in memory in {watch.Elapsed.TotalSeconds:0.0} s (no database)."));
            return 0;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddRegistryPersistence(configuration).BuildServiceProvider();
        await services.InitializeRegistryDatabaseAsync(cancellationToken);

        var factory = services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Units.AnyAsync(cancellationToken))
        {
            await Console.Error.WriteLineAsync("The database already holds units; generate into an empty database (unit codes would collide).");
            return 1;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.IsSqlite)
        {
            // WAL + NORMAL is durable at checkpoints and much faster for a bulk load than FULL.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);

            // Entry ids, ID numbers and case numbers arrive in random order; a 64 MB page cache keeps
            // their index pages in memory instead of re-reading them for every insert.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-65536;", cancellationToken);
        }

        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var generator = new DemoRegisterGenerator(options.Seed, today);
        var stopwatch = Stopwatch.StartNew();
        var progress = new Progress<long>(units => output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"  {units,10:N0} units  {stopwatch.Elapsed.TotalSeconds,7:0.0} s  {units / Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001),9:N0} units/s  working set {Environment.WorkingSet / 1_048_576} MB")));
        var result = await new RegisterBulkLoader(db, services.GetRequiredService<Registry.Persistence.Ledger.RegisterLedgerChain>()).LoadAsync(generator.Generate(options.Units), options.Batch, progress, cancellationToken);
        await db.Database.CloseConnectionAsync();

        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {result.Units:N0} units, {result.Entries:N0} entries, {result.Holders:N0} holders ({result.Rows:N0} rows) in {result.Elapsed.TotalSeconds:0.0} s: " +
            $"{result.Units / result.Elapsed.TotalSeconds:N0} units/s, {result.Rows / result.Elapsed.TotalSeconds:N0} rows/s, peak working set {process.PeakWorkingSet64 / 1_048_576} MB."));
        return 0;
    }

    private static GenerateOptions? Parse(string[] args, out string? error)
    {
        var options = new GenerateOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--units" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var units) && units > 0:
                    options.Units = units;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed):
                    options.Seed = seed;
                    break;
                case "--batch" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var batch) && batch > 0:
                    options.Batch = batch;
                    break;
                case "--dry-run":
                    options.DryRun = bool.Parse(value);
                    break;
                case "--database":
                    options.Database = value;
                    break;
                case "--provider":
                    options.Provider = value;
                    break;
                case "--connection":
                    options.Connection = value;
                    break;
                default:
                    error = $"'{name} {value}' is not a valid option";
                    return null;
            }
        }

        if (options.Units == 0)
        {
            error = "--units is required";
            return null;
        }

        if (options.Database is null && options.Connection is null && !options.DryRun)
        {
            error = "--database (SQLite file) or --connection is required";
            return null;
        }

        if (options.Database is not null)
        {
            options.Database = Path.GetFullPath(options.Database);
        }

        error = null;
        return options;
    }

    private sealed class GenerateOptions
    {
        public int Units { get; set; }

        public int Seed { get; set; } = 37346;

        public int Batch { get; set; } = 10_000;

        public string? Database { get; set; }

        public string Provider { get; set; } = "Sqlite";

        public string? Connection { get; set; }

        public bool DryRun { get; set; }
    }
}
