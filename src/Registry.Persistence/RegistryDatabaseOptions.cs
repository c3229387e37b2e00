namespace Registry.Persistence;

/// <summary>Database settings resolved from configuration by <see cref="PersistenceServiceCollectionExtensions.AddRegistryPersistence"/>.</summary>
public sealed class RegistryDatabaseOptions
{
    /// <summary>Provider (<c>Database:Provider</c>, default Sqlite).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Resolved connection string (<c>ConnectionStrings:Registry</c>, or the SQLite file under App_Data).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Load the demo register into an empty database on first run (<c>Database:SeedDemoData</c>, default true).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Number of demo units (<c>Database:DemoUnits</c>, default 2000).</summary>
    public int DemoUnits { get; set; } = 2_000;

    /// <summary>Seed of the demo generator (<c>Database:DemoSeed</c>); same seed and date, same data.</summary>
    public int DemoSeed { get; set; } = 37346;
}
