namespace Registry.Persistence;

/// <summary>Database provider chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite file (default); migrations in Registry.Persistence.Sqlite.</summary>
    Sqlite,

    /// <summary>SQL Server; migrations in Registry.Persistence.SqlServer.</summary>
    SqlServer,

    /// <summary>PostgreSQL (Npgsql); migrations in Registry.Persistence.PostgreSql.</summary>
    PostgreSql,
}
