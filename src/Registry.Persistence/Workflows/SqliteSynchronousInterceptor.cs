using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Registry.Persistence.Workflows;

/// <summary>
/// Sets SQLite's <c>PRAGMA synchronous</c> on every opened connection (the setting is per connection, not stored in the file).
/// In WAL mode <c>NORMAL</c> does not fsync each commit: a committed step survives a crash of the application, and the file
/// is never corrupted, but an OS crash or power cut can roll back the last commits. <c>FULL</c> fsyncs every commit
/// (measured ~140 commits/s on this VM's disk, so ~14 workflow lifecycles/s). Configured by <c>Database:SqliteSynchronous</c>.
/// Also sets <c>PRAGMA busy_timeout</c> (<see cref="BusyTimeoutPragma"/>): a writer that finds the file locked by another
/// connection waits inside SQLite, which retries after 1, 2, 5, 10 … ms, instead of getting SQLITE_BUSY back from
/// Microsoft.Data.Sqlite, whose own retry sleeps 150 ms a time (measured: a shared-data write meeting an open case
/// command's transaction slept 150 ms, and so did the next command's <c>BEGIN IMMEDIATE</c> meeting that write).
/// </summary>
internal sealed class SqliteSynchronousInterceptor(string mode) : DbConnectionInterceptor
{
    /// <summary>How long SQLite itself waits for another connection's write lock before reporting SQLITE_BUSY.</summary>
    internal const string BusyTimeoutPragma = "PRAGMA busy_timeout=10000;";

    private readonly string _pragma = $"PRAGMA synchronous={mode}; {BusyTimeoutPragma}";

    // Pooled connections keep their native handle; the pragma is needed once per physical connection, not per open.
    private readonly ConditionalWeakTable<object, object> _applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = _pragma;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _applied.TryAdd(handle, this);

    /// <summary>
    /// Reads <c>Database:SqliteSynchronous</c> (Off, Normal, Full, Extra; default Full). The register is a legal record:
    /// by default every commit is fsynced, so a power cut cannot drop recorded entries. Speed comes from one commit per
    /// case command, not from weaker durability.
    /// </summary>
    public static string Mode(string? configured) => configured?.Trim().ToUpperInvariant() switch
    {
        "NORMAL" => "NORMAL",
        null or "" or "FULL" => "FULL",
        "EXTRA" => "EXTRA",
        "OFF" => "OFF",
        _ => throw new InvalidOperationException($"Database:SqliteSynchronous '{configured}' is not supported; use Normal, Full, Extra or Off."),
    };
}
