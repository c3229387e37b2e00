using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Persistence.Demo;
using Registry.Persistence.Register;

namespace Registry.Persistence;

/// <summary>First-run setup of the registry database.</summary>
public static class RegistryDatabaseInitializer
{
    /// <summary>
    /// Creates the database if needed, applies pending migrations, switches SQLite to WAL, and loads the
    /// demo register into an empty database (unless <c>Database:SeedDemoData</c> is false), and writes the dashboard
    /// figures of completed cases that have none.
    /// </summary>
    public static async Task InitializeRegistryDatabaseAsync(this IServiceProvider serviceProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var options = serviceProvider.GetRequiredService<RegistryDatabaseOptions>();
        var logger = serviceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(RegistryDatabaseInitializer).FullName!) ?? NullLogger.Instance;
        var timeProvider = serviceProvider.GetRequiredService<TimeProvider>();
        var factory = serviceProvider.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        if (db.IsSqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.IsSqlite)
        {
            // WAL lets the consoles read while a case is being booked; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (options.SeedDemoData && !await db.Units.AnyAsync(cancellationToken))
        {
            await SeedDemoAsync(serviceProvider, db, options, logger, timeProvider, cancellationToken);
        }

        // Cases completed before the figures table existed, or loaded as data, get their row (idempotent).
        await Dashboard.CaseFiguresBackfill.RunAsync(factory, logger, cancellationToken);
    }

    private static async Task SeedDemoAsync(IServiceProvider serviceProvider, RegistryDbContext db, RegistryDatabaseOptions options, ILogger logger, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var generator = new DemoRegisterGenerator(options.DemoSeed, today);
        var result = await new RegisterBulkLoader(db, serviceProvider.GetRequiredService<Ledger.RegisterLedgerChain>()).LoadAsync(generator.Generate(options.DemoUnits), cancellationToken: cancellationToken);
        logger.LogInformation(
            "Loaded demo register: {Units} units, {Entries} entries, {Holders} holders in {Seconds:0.00} s",
            result.Units, result.Entries, result.Holders, result.Elapsed.TotalSeconds);
        await Demo.DemoCases.SeedAsync(db, now, options.DemoSeed, cancellationToken);
    }
}
