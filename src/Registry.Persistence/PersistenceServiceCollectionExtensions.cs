using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Register;
using Registry.Application.Register.Browse;
using Registry.Persistence.Register;

namespace Registry.Persistence;

/// <summary>Registers the registry database, the register repository and the register browser.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Assembly holding the SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "Registry.Persistence.Sqlite";

    /// <summary>Assembly holding the SQL Server migrations.</summary>
    public const string SqlServerMigrationsAssembly = "Registry.Persistence.SqlServer";

    /// <summary>Assembly holding the PostgreSQL migrations.</summary>
    public const string PostgreSqlMigrationsAssembly = "Registry.Persistence.PostgreSql";

    /// <summary>
    /// Adds the registry database. Reads <c>Database:Provider</c> (Sqlite | SqlServer | PostgreSql),
    /// <c>ConnectionStrings:Registry</c> and, for SQLite without a connection string, <c>Database:Path</c>
    /// (default <c>{contentRoot or AppContext.BaseDirectory}/App_Data/registry.db</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is unknown, or a server database has no connection string.</exception>
    public static IServiceCollection AddRegistryPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = Resolve(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddDbContextFactory<RegistryDbContext>(builder => Configure(builder, options), ServiceLifetime.Singleton);

        // Every context joins the running case command's transaction, if any (one case command, one transaction).
        services.TryAddSingleton<Transactions.AmbientCommand>();
        services.TryAddSingleton(sp => new Transactions.CommandContexts(sp.GetRequiredService<DbContextOptions<RegistryDbContext>>()));
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<RegistryDbContext>>(sp => new Transactions.AmbientDbContextFactory(
            null, sp.GetRequiredService<DbContextOptions<RegistryDbContext>>(), sp.GetRequiredService<Transactions.AmbientCommand>(), sp.GetRequiredService<Transactions.CommandContexts>())));
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext());
        services.RemoveAll<Registry.Application.Transactions.ICaseCommandTransaction>();
        services.AddSingleton<Registry.Application.Transactions.ICaseCommandTransaction, Transactions.EfCaseCommandTransaction>();
        services.TryAddScoped<IRegisterRepository, EfRegisterRepository>();
        services.TryAddSingleton<IRegisterBrowser, EfRegisterBrowser>();
        services.TryAddSingleton<Registry.Application.Sequences.ISequenceAllocator, Sequences.EfSequenceAllocator>();
        services.TryAddScoped<IRegisterUnitOfWork, Sequences.EfRegisterUnitOfWork>();
        services.TryAddSingleton<Registry.Application.SharedData.ISharedDataFeed, SharedData.EfSharedDataFeed>();
        services.TryAddSingleton<Registry.Application.CaseFile.IStaffNames, Identity.EfStaffNames>();
        services.TryAddSingleton<Registry.Application.Alterations.IStaffDirectory, Identity.EfStaffDirectory>();
        Workflows.WorkflowPersistenceRegistration.AddWorkflowStores(services, configuration, options.Provider);
        Scheduling.SchedulingPersistence.AddSchedulingStores(services);
        Cases.CaseServiceRegistration.AddCaseStores(services);
        Inspection.InspectionPersistence.AddInspectionStore(services);
        services.TryAddSingleton<Registry.Application.Ratings.IRatingStore, Ratings.EfRatingStore>();
        SelfCheckRuns.SelfCheckRunPersistence.AddSelfCheckRunStore(services);
        Dashboard.DashboardPersistence.AddDashboardQueries(services);
        RuleSets.RuleSetPersistence.AddRuleSetVersionStore(services);
        Ledger.LedgerPersistence.AddLedger(services, configuration, options);
        services.TryAddSingleton<Registry.Application.Progress.IQueryCodeStore, Progress.EfQueryCodeStore>();
        services.TryAddSingleton<Registry.Application.Documents.ICertificateRegister, Documents.EfCertificateRegister>();
        Api.ApiPersistence.AddApiStores(services);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            // Several web nodes share a server database: worklist changes travel between them (LISTEN/NOTIFY).
            services.TryAddSingleton<Registry.Application.Worklist.IWorklistEvents>(sp => new Backplane.PostgresWorklistEvents(
                options.ConnectionString, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Backplane.PostgresWorklistEvents>>()));
            services.AddHostedService(sp => (Backplane.PostgresWorklistEvents)sp.GetRequiredService<Registry.Application.Worklist.IWorklistEvents>());
        }

        return services;
    }

    /// <summary>Applies the provider, connection string and migrations assembly to <paramref name="builder"/>.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, RegistryDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            DatabaseProvider.SqlServer => builder.UseSqlServer(options.ConnectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString, pg => pg.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
        };
    }

    internal static RegistryDatabaseOptions Resolve(IConfiguration configuration)
    {
        var section = configuration.GetSection("Database");
        var providerText = section["Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException($"Database:Provider '{providerText}' is not supported; use Sqlite, SqlServer or PostgreSql.");
        }

        var connectionString = configuration.GetConnectionString("Registry");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"Database:Provider is {provider} but ConnectionStrings:Registry is empty.");
            }

            var root = configuration["contentRoot"] ?? AppContext.BaseDirectory;
            var path = section["Path"] is { Length: > 0 } configured
                ? Path.GetFullPath(configured, root)
                : Path.Combine(root, "App_Data", "registry.db");
            connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        }

        if (provider == DatabaseProvider.PostgreSql)
        {
            connectionString = PostgreSqlConnectionDefaults.Apply(connectionString);
        }

        return new RegistryDatabaseOptions
        {
            Provider = provider,
            ConnectionString = connectionString,
            SeedDemoData = !bool.TryParse(section["SeedDemoData"], out var seed) || seed,
            DemoUnits = int.TryParse(section["DemoUnits"], NumberStyles.None, CultureInfo.InvariantCulture, out var units) ? units : 2_000,
            DemoSeed = int.TryParse(section["DemoSeed"], NumberStyles.None, CultureInfo.InvariantCulture, out var demoSeed) ? demoSeed : 37346,
        };
    }
}
