using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Registry.Persistence.Identity;
using Registry.Persistence.Rows;

namespace Registry.Persistence;

/// <summary>
/// The registry database: the register book (units, append-only entries, holders), the staff users and roles
/// (ASP.NET Core Identity), and every other area's tables (configured by the <c>IEntityTypeConfiguration</c>s of
/// this assembly). Provider-neutral; migrations live in Registry.Persistence.Sqlite and Registry.Persistence.SqlServer.
/// </summary>
public sealed class RegistryDbContext : IdentityDbContext<RegistryUser>, IDataProtectionKeyContext
{
    /// <summary>Creates the context with configured options.</summary>
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options)
        : base(options)
    {
    }

    /// <summary>
    /// The data-protection key ring (cookies, anti-forgery tokens), shared by every web node on the database so a
    /// cookie issued by one node is valid on the others.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal DbSet<UnitRow> Units => Set<UnitRow>();

    internal DbSet<RegisterEntryRow> Entries => Set<RegisterEntryRow>();

    internal DbSet<RightHolderRow> Holders => Set<RightHolderRow>();

    internal DbSet<Inspection.InspectionSampleRow> InspectionSamples => Set<Inspection.InspectionSampleRow>();

    internal DbSet<Inspection.InspectionVerdictRow> InspectionVerdicts => Set<Inspection.InspectionVerdictRow>();

    internal DbSet<Inspection.RectificationRow> Rectifications => Set<Inspection.RectificationRow>();

    internal bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    internal bool IsPostgreSql => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else if (IsPostgreSql)
        {
            // timestamptz stores an instant; Npgsql writes only offset-0 values, and instants are read back as UTC
            // on every provider (as SQLite's ticks are), so office-time values are converted on the way in.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        Dashboard.OfficeDay.Register(builder, IsSqlite ? DatabaseProvider.Sqlite : IsPostgreSql ? DatabaseProvider.PostgreSql : DatabaseProvider.SqlServer);

        // The API clients' OAuth applications, authorizations, scopes and tokens (OpenIddict's tables).
        builder.UseOpenIddict();
    }
}
