using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Registry.Persistence.Workflows;

/// <summary>
/// The SQLite hot path of the instance store: a small pool of open connections, each with the load and commit statements
/// prepared once. Microsoft.Data.Sqlite finalises a command's prepared statements when its connection closes, so reusing
/// them needs the connection to stay open; EF's pooled contexts close theirs after every call. Table and column names come
/// from the EF model (<see cref="RowSql"/>); values are bound as EF binds them on SQLite (Guid as text, instants as UTC ticks).
/// </summary>
internal sealed class SqliteWorkflowSessions : IDisposable
{
    private const int MaxIdle = 8;

    private readonly string _connectionString;
    private readonly string _synchronousPragma;
    private readonly Statements _sql;
    private readonly ConcurrentBag<Session> _idle = [];
    private bool _disposed;

    public SqliteWorkflowSessions(string connectionString, string synchronousMode, RowSql sql)
    {
        _connectionString = connectionString;
        _synchronousPragma = $"PRAGMA synchronous={synchronousMode}; {SqliteSynchronousInterceptor.BusyTimeoutPragma}";
        _sql = new Statements(sql);
    }

    /// <summary>
    /// Serialises this process's write transactions on the file. SQLite admits one writer at a time anyway; without the gate
    /// a second BEGIN IMMEDIATE meets SQLITE_BUSY and waits in the busy handler's sleeps, which made two concurrent workers
    /// slower than one. Other processes are still arbitrated by SQLite's own lock and busy timeout.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public Session Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var session) ? session : new Session(this);
    }

    /// <summary>Returns a session after a call that left no transaction open; a session that failed unexpectedly is disposed instead.</summary>
    public void Return(Session session)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            session.Dispose();
            return;
        }

        _idle.Add(session);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }

        WriteGate.Dispose();
    }

    /// <summary>One open connection and its prepared statements.</summary>
    internal sealed class Session : IDisposable
    {
        private readonly SqliteWorkflowSessions _owner;
        private readonly Dictionary<int, SqliteCommand> _bookmarkUpdates = [];
        private SqliteTransaction? _transaction;

        public Session(SqliteWorkflowSessions owner)
        {
            _owner = owner;
            Connection = new SqliteConnection(owner._connectionString);
            Connection.Open();
            using (var pragma = Connection.CreateCommand())
            {
                pragma.CommandText = owner._synchronousPragma;
                pragma.ExecuteNonQuery();
            }

            var s = owner._sql;
            Load = Prepare(s.Load, "$Id", "$Known");
            HeadAt = Prepare(s.HeadAt, "$Id", "$Expected");
            Insert = Prepare(s.Insert, Statements.InstanceColumns);
            Update = Prepare(s.Update, Statements.UpdateParameters);
            UpdateState = Prepare(s.UpdateState, Statements.UpdateStateParameters);
            DeleteBookmarks = Prepare(s.DeleteBookmarks, "$Id");
            DeleteBookmark = Prepare(s.DeleteBookmark, "$Id", "$BookmarkKey");
            InsertBookmark = Prepare(s.InsertBookmark, Statements.BookmarkColumns);
            InsertJournal = Prepare(s.InsertJournal, Statements.JournalColumns);
        }

        public SqliteConnection Connection { get; }

        /// <summary>(Version, JournalHead, State or null when the version is <c>$Known</c>) of <c>$Id</c>.</summary>
        public SqliteCommand Load { get; }

        /// <summary>JournalHead of <c>$Id</c> if still at version <c>$Expected</c>.</summary>
        public SqliteCommand HeadAt { get; }

        public SqliteCommand Insert { get; }

        public SqliteCommand Update { get; }

        /// <summary>The update of a step that keeps the instance's status and definition version: the columns of the
        /// (DefinitionId, Status) index are not in its SET list, so SQLite leaves that index's pages alone.</summary>
        public SqliteCommand UpdateState { get; }

        public SqliteCommand DeleteBookmarks { get; }

        /// <summary>Deletes the bookmark row (<c>$Id</c>, <c>$BookmarkKey</c>).</summary>
        public SqliteCommand DeleteBookmark { get; }

        public SqliteCommand InsertBookmark { get; }

        public SqliteCommand InsertJournal { get; }

        /// <summary>
        /// The update of one bookmark row (<c>$Id</c>, <c>$BookmarkKey</c>) setting only the columns in <paramref name="changed"/>
        /// (bit i = <see cref="Statements.BookmarkColumns"/>[i]), parameters in that order then the key. SQLite rewrites only
        /// the indexes that hold a column in the SET list, so a step that moves a task on touches the row, its key and the
        /// (Role, CreatedAt) index instead of all seven b-trees a delete and insert would. Prepared on first use per set.
        /// </summary>
        public SqliteCommand UpdateBookmark(int changed)
        {
            if (!_bookmarkUpdates.TryGetValue(changed, out var command))
            {
                var columns = Statements.BookmarkColumns.Where((_, i) => (changed & (1 << i)) != 0).ToArray();
                command = Prepare(_owner._sql.UpdateBookmark(columns), [.. columns, "$Id", "$BookmarkKey"]);
                _bookmarkUpdates[changed] = command;
            }

            command.Transaction = _transaction;
            return command;
        }

        /// <summary>Starts a write transaction (BEGIN IMMEDIATE: the write lock is taken now, not at the first write).</summary>
        public SqliteTransaction Begin()
        {
            var transaction = Connection.BeginTransaction(deferred: false);
            _transaction = transaction;
            Load.Transaction = transaction;
            HeadAt.Transaction = transaction;
            Insert.Transaction = transaction;
            Update.Transaction = transaction;
            UpdateState.Transaction = transaction;
            DeleteBookmarks.Transaction = transaction;
            DeleteBookmark.Transaction = transaction;
            InsertBookmark.Transaction = transaction;
            InsertJournal.Transaction = transaction;
            return transaction;
        }

        /// <summary>Forgets the finished transaction (a case command's, committed or rolled back by its owner).</summary>
        public void EndTransaction()
        {
            _transaction = null;
            Load.Transaction = null;
        }

        public void Dispose() => Connection.Dispose();

        private SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name.StartsWith('$') ? name : "$" + name, DBNull.Value));
            }

            command.Prepare();
            return command;
        }
    }

    /// <summary>The statement texts, built once from the EF model's names. Parameter order is the order of the column lists.</summary>
    private sealed class Statements
    {
        // Parameter positions used by the store: keep these lists and the store's Bind calls in the same order.
        public static readonly string[] InstanceColumns =
        [
            nameof(WorkflowInstanceRow.Id), nameof(WorkflowInstanceRow.DefinitionId), nameof(WorkflowInstanceRow.DefinitionVersion),
            nameof(WorkflowInstanceRow.CorrelationId), nameof(WorkflowInstanceRow.Status), nameof(WorkflowInstanceRow.State),
            nameof(WorkflowInstanceRow.Version), nameof(WorkflowInstanceRow.JournalSequence), nameof(WorkflowInstanceRow.JournalHead),
            nameof(WorkflowInstanceRow.CreatedAt), nameof(WorkflowInstanceRow.UpdatedAt),
        ];

        public static readonly string[] UpdateColumns =
        [
            nameof(WorkflowInstanceRow.State), nameof(WorkflowInstanceRow.Version), nameof(WorkflowInstanceRow.Status),
            nameof(WorkflowInstanceRow.DefinitionVersion), nameof(WorkflowInstanceRow.JournalSequence),
            nameof(WorkflowInstanceRow.JournalHead), nameof(WorkflowInstanceRow.UpdatedAt),
        ];

        public static readonly string[] UpdateParameters = [.. UpdateColumns, "Id", "Expected"];

        /// <summary>What every step changes; <see cref="UpdateColumns"/> less the indexed Status and DefinitionVersion.</summary>
        public static readonly string[] UpdateStateColumns =
        [
            nameof(WorkflowInstanceRow.State), nameof(WorkflowInstanceRow.Version), nameof(WorkflowInstanceRow.JournalSequence),
            nameof(WorkflowInstanceRow.JournalHead), nameof(WorkflowInstanceRow.UpdatedAt),
        ];

        public static readonly string[] UpdateStateParameters = [.. UpdateStateColumns, "Id", "Expected"];

        public static readonly string[] BookmarkColumns =
        [
            nameof(WorkflowBookmarkRow.InstanceId), nameof(WorkflowBookmarkRow.BookmarkId), nameof(WorkflowBookmarkRow.DefinitionId),
            nameof(WorkflowBookmarkRow.DefinitionVersion), nameof(WorkflowBookmarkRow.CorrelationId), nameof(WorkflowBookmarkRow.InstanceStatus),
            nameof(WorkflowBookmarkRow.NodeId), nameof(WorkflowBookmarkRow.NodeName), nameof(WorkflowBookmarkRow.Kind),
            nameof(WorkflowBookmarkRow.Role), nameof(WorkflowBookmarkRow.CandidateGroup), nameof(WorkflowBookmarkRow.Assignee),
            nameof(WorkflowBookmarkRow.ClaimedAt), nameof(WorkflowBookmarkRow.SignalName), nameof(WorkflowBookmarkRow.CreatedAt),
            nameof(WorkflowBookmarkRow.DueAt),
        ];

        public static readonly string[] JournalColumns =
        [
            nameof(WorkflowJournalRow.InstanceId), nameof(WorkflowJournalRow.Sequence), nameof(WorkflowJournalRow.At),
            nameof(WorkflowJournalRow.Action), nameof(WorkflowJournalRow.NodeId), nameof(WorkflowJournalRow.NodeName),
            nameof(WorkflowJournalRow.Actor), nameof(WorkflowJournalRow.Outcome), nameof(WorkflowJournalRow.Opinion),
            nameof(WorkflowJournalRow.Inputs), nameof(WorkflowJournalRow.RuleResultReference), nameof(WorkflowJournalRow.Hash),
        ];

        public Statements(RowSql sql)
        {
            // A column added to the model must be added here too, or its rows would be written without it.
            Covers<WorkflowInstanceRow>(sql, InstanceColumns);
            Covers<WorkflowBookmarkRow>(sql, BookmarkColumns);
            Covers<WorkflowJournalRow>(sql, JournalColumns);
            string I(string property) => sql.Column<WorkflowInstanceRow>(property);
            var instances = sql.Table<WorkflowInstanceRow>();
            Load = $"SELECT {I(nameof(WorkflowInstanceRow.Version))}, {I(nameof(WorkflowInstanceRow.JournalHead))}, " +
                $"CASE WHEN {I(nameof(WorkflowInstanceRow.Version))} = $Known THEN NULL ELSE {I(nameof(WorkflowInstanceRow.State))} END " +
                $"FROM {instances} WHERE {I(nameof(WorkflowInstanceRow.Id))} = $Id";
            HeadAt = $"SELECT {I(nameof(WorkflowInstanceRow.JournalHead))} FROM {instances} " +
                $"WHERE {I(nameof(WorkflowInstanceRow.Id))} = $Id AND {I(nameof(WorkflowInstanceRow.Version))} = $Expected";
            Insert = InsertInto<WorkflowInstanceRow>(sql, InstanceColumns);
            Update = $"UPDATE {instances} SET {string.Join(", ", UpdateColumns.Select(c => $"{I(c)} = ${c}"))} " +
                $"WHERE {I(nameof(WorkflowInstanceRow.Id))} = $Id AND {I(nameof(WorkflowInstanceRow.Version))} = $Expected";
            UpdateState = $"UPDATE {instances} SET {string.Join(", ", UpdateStateColumns.Select(c => $"{I(c)} = ${c}"))} " +
                $"WHERE {I(nameof(WorkflowInstanceRow.Id))} = $Id AND {I(nameof(WorkflowInstanceRow.Version))} = $Expected";
            string B(string property) => sql.Column<WorkflowBookmarkRow>(property);
            var bookmarks = sql.Table<WorkflowBookmarkRow>();
            var bookmarkKey = $"WHERE {B(nameof(WorkflowBookmarkRow.InstanceId))} = $Id AND {B(nameof(WorkflowBookmarkRow.BookmarkId))} = $BookmarkKey";
            DeleteBookmarks = $"DELETE FROM {bookmarks} WHERE {B(nameof(WorkflowBookmarkRow.InstanceId))} = $Id";
            DeleteBookmark = $"DELETE FROM {bookmarks} {bookmarkKey}";
            UpdateBookmark = columns => $"UPDATE {bookmarks} SET {string.Join(", ", columns.Select(c => $"{B(c)} = ${c}"))} {bookmarkKey}";
            InsertBookmark = InsertInto<WorkflowBookmarkRow>(sql, BookmarkColumns);
            InsertJournal = InsertInto<WorkflowJournalRow>(sql, JournalColumns);
        }

        public string Load { get; }

        public string HeadAt { get; }

        public string Insert { get; }

        public string Update { get; }

        public string UpdateState { get; }

        public string DeleteBookmarks { get; }

        public string DeleteBookmark { get; }

        public Func<string[], string> UpdateBookmark { get; }

        public string InsertBookmark { get; }

        public string InsertJournal { get; }

        private static void Covers<TRow>(RowSql sql, string[] columns)
        {
            var missing = sql.Columns.Keys.Where(k => k.Item1 == typeof(TRow) && !columns.Contains(k.Item2)).Select(k => k.Item2).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"{typeof(TRow).Name}: the SQLite workflow statements do not write {string.Join(", ", missing)}");
            }
        }

        private static string InsertInto<TRow>(RowSql sql, string[] columns) =>
            $"INSERT INTO {sql.Table<TRow>()} ({string.Join(", ", columns.Select(sql.Column<TRow>))}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
    }
}
