using Microsoft.Data.Sqlite;
using Npgsql;

namespace Registry.Application.Tests;

/// <summary>
/// A throwaway database for one composed registry: a temporary SQLite file by default, or a fresh PostgreSQL database
/// when <c>REGISTRY_TEST_PROVIDER=PostgreSql</c> and <c>REGISTRY_TEST_POSTGRES</c> holds a server connection string
/// (<c>build/postgres.sh</c> starts one; CI runs these tests on both).
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly string? _postgresName;

    private TestDatabase(string? sqlitePath, string? postgresName)
    {
        _sqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    /// <summary>The PostgreSQL server's connection string, when one is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("REGISTRY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>Whether composed tests run on PostgreSQL in this run.</summary>
    public static bool PostgresByDefault => PostgresServer is not null && Environment.GetEnvironmentVariable("REGISTRY_TEST_PROVIDER") == "PostgreSql";

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath => _sqlitePath;

    /// <summary>A new database named after <paramref name="name"/>; PostgreSQL when asked for or when the run says so.</summary>
    public static TestDatabase Create(string name, bool postgres = false) =>
        postgres || PostgresByDefault
            ? new TestDatabase(null, $"registry_{Guid.NewGuid():N}") // PostgreSQL names are at most 63 characters
            : new TestDatabase(Path.Combine(Path.GetTempPath(), $"registry-{name}-{Guid.NewGuid():N}.db"), null);

    /// <summary>The configuration keys that point the product at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings => _postgresName is null
        ? [new("Database:Path", _sqlitePath)]
        : [new("Database:Provider", "PostgreSql"), new("ConnectionStrings:Registry", new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresName }.ToString())];

    /// <summary>A new open connection to the database (read-only on SQLite), for tests that count rows directly.</summary>
    public async Task<System.Data.Common.DbConnection> OpenAsync()
    {
        System.Data.Common.DbConnection connection = _sqlitePath is not null
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresName, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
