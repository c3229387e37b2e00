using Microsoft.EntityFrameworkCore;
using Registry.Persistence.Rows;

namespace Registry.Persistence;

/// <summary>
/// The registry database: the register book (units, append-only entries, holders). Provider-neutral;
/// migrations live in Registry.Persistence.Sqlite and Registry.Persistence.SqlServer.
/// </summary>
public sealed class RegistryDbContext : DbContext
{
    /// <summary>Creates the context with configured options.</summary>
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options)
        : base(options)
    {
    }

    internal DbSet<UnitRow> Units => Set<UnitRow>();

    internal DbSet<RegisterEntryRow> Entries => Set<RegisterEntryRow>();

    internal DbSet<RightHolderRow> Holders => Set<RightHolderRow>();

    internal bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }
}
