using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Registry.Persistence.Transactions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Workflows;

/// <summary>
/// Workflow instances on <see cref="RegistryDbContext"/>. A commit is one transaction: the instance row is updated only
/// where its version is still the expected one (a lost race updates nothing and throws
/// <see cref="WorkflowConcurrencyException"/>, which the engine turns into "already completed by …" or a retry), the
/// instance's bookmark rows (the worklist index) are replaced, and the journal rows are appended with their hash chain
/// (continued from <c>WorkflowInstances.JournalHead</c>). On SQLite, loads and commits run on
/// <see cref="SqliteWorkflowSessions"/> (prepared statements on open connections); elsewhere on EF's connection.
/// Recently used instances are kept in a <see cref="WorkflowInstanceCache"/> checked against the row's version.
/// </summary>
internal sealed class EfWorkflowInstanceStore(
    IDbContextFactory<RegistryDbContext> factory,
    string? sqliteSynchronousMode = null,
    WorkflowInstanceCache? cache = null,
    AmbientCommand? ambient = null,
    Ledger.LedgerKeyRing? keys = null) : IWorkflowInstanceStore, IWorkflowJournalVerifier, IDisposable
{
    // The state (the instance's JSON) is left out when the row is still at the version the cache holds.
    private static readonly Func<RegistryDbContext, Guid, long, CancellationToken, Task<StoredState?>> FindState =
        EF.CompileAsyncQuery((RegistryDbContext db, Guid id, long known, CancellationToken _) => db.Set<WorkflowInstanceRow>()
            .Where(r => r.Id == id)
            .Select(r => new StoredState(r.Version, r.JournalHead, r.Version == known ? null : r.State))
            .FirstOrDefault());

    private readonly WorkflowInstanceCache _cache = cache ?? new WorkflowInstanceCache();
    private readonly Lock _initLock = new();
    private RowSql? _sql;
    private SqliteWorkflowSessions? _sessions;
    private volatile bool _initialized;

    public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var scope = ambient?.Current;

        // Within a case command the instance is read once: later reads get what it read or wrote (a concurrent change
        // is caught when the command writes, by the version check, and the whole command runs again).
        if (scope is not null && scope.Cache.TryGetValue(new InstanceKey(instanceId), out var seen))
        {
            return (WorkflowInstance)seen;
        }

        // What a case command read may be what it is about to write; if the command rolls back, forget it.
        scope?.AfterRollback(() => _cache.Remove(instanceId));
        var sessions = await SqliteSessionsAsync(cancellationToken).ConfigureAwait(false);
        WorkflowInstance? found;
        if (sessions is not null)
        {
            found = scope?.Session is { } session ? FindSqlite(session, instanceId) : FindSqlite(sessions, instanceId);
        }
        else
        {
            var entry = _cache.Get(instanceId);
            await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var row = await FindState(db, instanceId, entry?.Version ?? -1, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                _cache.Remove(instanceId);
                return null;
            }

            found = Remember(instanceId, row.Version, row.JournalHead, row.State, entry);
        }

        if (scope is not null && found is not null)
        {
            scope.Cache[new InstanceKey(instanceId)] = found;
        }

        return found;
    }

    public async Task CommitAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(journal);
        if (instance.Version != expectedVersion + 1)
        {
            throw new ArgumentException($"instance version {instance.Version} must be expected version {expectedVersion} + 1", nameof(instance));
        }

        var state = WorkflowStateJson.Write(instance);
        var sessions = await SqliteSessionsAsync(cancellationToken).ConfigureAwait(false);
        var scope = ambient?.Current;
        var journalBefore = scope is null ? null : expectedVersion == 0 ? ImmutableArray<JournalEntry>.Empty : JournalHeld(scope, instance.Id, expectedVersion);
        string head;
        try
        {
            head = scope is not null
                ? scope.Session is { } session
                    ? WriteSqlite(session, instance, expectedVersion, journal, state)
                    : await WriteRelationalAsync(scope.Connection, scope.Transaction, instance, expectedVersion, journal, state, cancellationToken).ConfigureAwait(false)
                : sessions is not null
                    ? CommitSqlite(sessions, instance, expectedVersion, journal, state)
                    : await CommitRelationalAsync(instance, expectedVersion, journal, state, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowConcurrencyException ex)
        {
            _cache.Remove(instance.Id);

            // Inside a case command the whole command runs again on fresh state, not just this step (its ports already
            // wrote into the command's transaction).
            if (scope is not null)
            {
                throw new Application.Transactions.CommandConflictException(ex.Message, ex);
            }

            throw;
        }

        // The journal after this commit, when the one before it was known: what the command read or wrote, plus these rows.
        ImmutableArray<JournalEntry>? journalAfter = journalBefore is { } known && known.Length + journal.Count == instance.JournalSequence
            ? known.AddRange(journal.Select(e => AsRead(scope!, e)))
            : null;

        void Remember()
        {
            if (instance.IsEnded)
            {
                _cache.Remove(instance.Id);
            }
            else
            {
                _cache.Set(instance.Id, new WorkflowInstanceCache.Entry(instance.Version, head, instance));
                if (journalAfter is { } entries)
                {
                    _cache.SetJournal(instance.Id, instance, entries);
                }
            }
        }

        if (scope is null)
        {
            Remember();
        }
        else
        {
            // The cache holds committed versions only: what this command wrote becomes known when it commits; until
            // then it is this command's own, and a second commit of the instance in the command continues from it
            // (its head and bookmark rows) without reading them back.
            _cache.Remove(instance.Id);
            scope.Cache[new InstanceKey(instance.Id)] = instance;
            scope.Cache[new WrittenKey(instance.Id)] = new Written(instance.Version, head, instance);
            if (journalAfter is { } entries)
            {
                scope.Cache[new JournalKey(instance.Id)] = new HeldJournal(instance.Version, entries);
            }
            else
            {
                scope.Cache.Remove(new JournalKey(instance.Id));
            }

            scope.AfterCommit(Remember);
            scope.AfterRollback(() => _cache.Remove(instance.Id));
        }
    }

    public void Dispose() => _sessions?.Dispose();

    // known: the cache entry whose version the load sent as $Known, taken before the load, so a concurrent eviction of the
    // entry cannot leave a row whose state the load left out.
    private WorkflowInstance Remember(Guid instanceId, long version, string head, string? state, WorkflowInstanceCache.Entry? known = null)
    {
        var cached = state is null ? known : _cache.Get(instanceId);
        if (state is null)
        {
            // The database said the row is still at the cached version (the query only omits the state then).
            return cached is not null && cached.Version == version
                ? cached.Instance
                : throw new InvalidOperationException($"workflow instance {instanceId}: stored state is empty");
        }

        if (cached is not null && cached.Version == version)
        {
            return cached.Instance;
        }

        var instance = WorkflowStateJson.Read(state, instanceId);
        _cache.Set(instanceId, new WorkflowInstanceCache.Entry(version, head, instance));
        return instance;
    }

    private WorkflowInstance? FindSqlite(SqliteWorkflowSessions sessions, Guid instanceId)
    {
        var entry = _cache.Get(instanceId);
        var known = entry?.Version ?? -1;
        var session = sessions.Rent();
        long version;
        string head;
        string? state;
        try
        {
            session.Load.Parameters[0].Value = instanceId;
            session.Load.Parameters[1].Value = known;
            using var reader = session.Load.ExecuteReader();
            if (!reader.Read())
            {
                sessions.Return(session);
                _cache.Remove(instanceId);
                return null;
            }

            version = reader.GetInt64(0);
            head = reader.GetString(1);
            state = reader.IsDBNull(2) ? null : reader.GetString(2);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        sessions.Return(session);
        return Remember(instanceId, version, head, state, entry);
    }

    /// <summary>The load on the case command's own session, inside its transaction.</summary>
    private WorkflowInstance? FindSqlite(SqliteWorkflowSessions.Session session, Guid instanceId)
    {
        var entry = _cache.Get(instanceId);
        var known = entry?.Version ?? -1;
        session.Load.Parameters[0].Value = instanceId;
        session.Load.Parameters[1].Value = known;
        long version;
        string head;
        string? state;
        using (var reader = session.Load.ExecuteReader())
        {
            if (!reader.Read())
            {
                _cache.Remove(instanceId);
                return null;
            }

            version = reader.GetInt64(0);
            head = reader.GetString(1);
            state = reader.IsDBNull(2) ? null : reader.GetString(2);
        }

        return Remember(instanceId, version, head, state, entry);
    }

    /// <summary>The commit on the SQLite session: one IMMEDIATE transaction of prepared statements. Returns the new journal head.</summary>
    private string CommitSqlite(SqliteWorkflowSessions sessions, WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, string state)
    {
        var session = sessions.Rent();
        var healthy = false;
        sessions.WriteGate.Wait();
        try
        {
            string head;
            using (var transaction = session.Begin())
            {
                try
                {
                    head = WriteSqlite(session, instance, expectedVersion, journal, state);
                }
                catch (WorkflowConcurrencyException)
                {
                    healthy = true;
                    throw;
                }

                transaction.Commit();
            }

            healthy = true;
            return head;
        }
        finally
        {
            sessions.WriteGate.Release();

            // The transaction is rolled back by its disposal on failure; a session whose failure was not a plain conflict is dropped.
            if (healthy)
            {
                session.EndTransaction();
                sessions.Return(session);
            }
            else
            {
                session.Dispose();
            }
        }
    }

    /// <summary>The statements of a commit on a session whose write transaction is open. Returns the new journal head.</summary>
    private string WriteSqlite(SqliteWorkflowSessions.Session session, WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, string state)
    {
        var previous = expectedVersion == 0 ? JournalHashChain.Genesis : KnownHead(instance.Id, expectedVersion) ?? ReadHead(session, instance.Id, expectedVersion);
        var rows = ChainRows(journal, previous, out var head);
        if (expectedVersion == 0)
        {
            Bind(session.Insert, instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.CorrelationId, instance.Status.ToString(), state, instance.Version, instance.JournalSequence, head, instance.CreatedAt.UtcTicks, instance.UpdatedAt.UtcTicks);
            try
            {
                session.Insert.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                // Two starts with the same instance id: the primary key decides (SQLITE_CONSTRAINT).
                throw new WorkflowConcurrencyException($"instance {instance.Id} already exists ({ex.Message})");
            }

            InsertBookmarks(session, instance, instance.OpenBookmarks);
        }
        else
        {
            // The instance as this process last saw it at the expected version: its bookmark rows are exactly the
            // rows of that version (they are written in the same transaction as the state), so only the difference
            // needs writing. Unknown (not cached) → the rows are replaced as a whole.
            var before = KnownInstance(instance.Id, expectedVersion);
            var sameIndexedColumns = before is not null && before.Status == instance.Status && before.DefinitionVersion == instance.DefinitionVersion;

            // The conditional update is the concurrency check (the IMMEDIATE transaction already holds the write lock).
            var update = sameIndexedColumns ? session.UpdateState : session.Update;
            if (sameIndexedColumns)
            {
                Bind(update, state, instance.Version, instance.JournalSequence, head, instance.UpdatedAt.UtcTicks, instance.Id, expectedVersion);
            }
            else
            {
                Bind(update, state, instance.Version, instance.Status.ToString(), instance.DefinitionVersion, instance.JournalSequence, head, instance.UpdatedAt.UtcTicks, instance.Id, expectedVersion);
            }

            if (update.ExecuteNonQuery() == 0)
            {
                throw new WorkflowConcurrencyException($"instance {instance.Id} is no longer at version {expectedVersion}");
            }

            if (before is not null)
            {
                WriteBookmarkChanges(session, before, instance);
            }
            else
            {
                session.DeleteBookmarks.Parameters[0].Value = instance.Id;
                session.DeleteBookmarks.ExecuteNonQuery();
                InsertBookmarks(session, instance, instance.OpenBookmarks);
            }
        }

        foreach (var row in rows)
        {
            Bind(session.InsertJournal, row.InstanceId, row.Sequence, row.At.UtcTicks, row.Action, row.NodeId, row.NodeName, row.Actor, row.Outcome, row.Opinion, row.Inputs, row.RuleResultReference, row.Hash);
            session.InsertJournal.ExecuteNonQuery();
        }

        return head;
    }

    /// <summary>The commit through EF's connection and statements built from the model (SQL Server, or SQLite before the first use).</summary>
    private async Task<string> CommitRelationalAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, string state, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        _sql ??= new RowSql(db);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var head = await WriteRelationalAsync(connection, transaction, instance, expectedVersion, journal, state, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return head;
    }

    /// <summary>The statements of a commit on an open transaction of EF's provider. Returns the new journal head.</summary>
    private async Task<string> WriteRelationalAsync(DbConnection connection, DbTransaction transaction, WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, string state, CancellationToken cancellationToken)
    {
        if (_sql is null)
        {
            await using var model = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            _sql = new RowSql(model);
        }

        var sql = _sql;
        var previous = expectedVersion == 0
            ? JournalHashChain.Genesis
            : KnownHead(instance.Id, expectedVersion) ?? await ReadHeadAsync(sql, connection, transaction, instance.Id, expectedVersion, cancellationToken).ConfigureAwait(false);
        var rows = ChainRows(journal, previous, out var head);
        if (expectedVersion == 0)
        {
            var row = new WorkflowInstanceRow
            {
                Id = instance.Id,
                DefinitionId = instance.DefinitionId,
                DefinitionVersion = instance.DefinitionVersion,
                CorrelationId = instance.CorrelationId,
                Status = instance.Status.ToString(),
                State = state,
                Version = instance.Version,
                JournalSequence = instance.JournalSequence,
                JournalHead = head,
                CreatedAt = instance.CreatedAt,
                UpdatedAt = instance.UpdatedAt,
            };
            try
            {
                await ExecuteAsync(sql.Insert(connection, transaction, row), cancellationToken).ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                // Two starts with the same instance id: the primary key decides.
                throw new WorkflowConcurrencyException($"instance {instance.Id} already exists ({ex.Message})");
            }
        }
        else
        {
            // The conditional update is the concurrency check and takes the row's write lock for the rest of the transaction.
            var update = RowSql.Command(
                connection,
                transaction,
                $"UPDATE {sql.Table<WorkflowInstanceRow>()} SET {sql.Set<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.State), nameof(WorkflowInstanceRow.Version), nameof(WorkflowInstanceRow.Status), nameof(WorkflowInstanceRow.DefinitionVersion), nameof(WorkflowInstanceRow.JournalSequence), nameof(WorkflowInstanceRow.JournalHead), nameof(WorkflowInstanceRow.UpdatedAt))} " +
                $"WHERE {sql.Column<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.Id))} = @Id AND {sql.Column<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.Version))} = @Expected");
            sql.Parameter<WorkflowInstanceRow>(update, "@State", nameof(WorkflowInstanceRow.State), state);
            sql.Parameter<WorkflowInstanceRow>(update, "@Version", nameof(WorkflowInstanceRow.Version), instance.Version);
            sql.Parameter<WorkflowInstanceRow>(update, "@Status", nameof(WorkflowInstanceRow.Status), instance.Status.ToString());
            sql.Parameter<WorkflowInstanceRow>(update, "@DefinitionVersion", nameof(WorkflowInstanceRow.DefinitionVersion), instance.DefinitionVersion);
            sql.Parameter<WorkflowInstanceRow>(update, "@JournalSequence", nameof(WorkflowInstanceRow.JournalSequence), instance.JournalSequence);
            sql.Parameter<WorkflowInstanceRow>(update, "@JournalHead", nameof(WorkflowInstanceRow.JournalHead), head);
            sql.Parameter<WorkflowInstanceRow>(update, "@UpdatedAt", nameof(WorkflowInstanceRow.UpdatedAt), instance.UpdatedAt);
            sql.Parameter<WorkflowInstanceRow>(update, "@Id", nameof(WorkflowInstanceRow.Id), instance.Id);
            sql.Parameter<WorkflowInstanceRow>(update, "@Expected", nameof(WorkflowInstanceRow.Version), expectedVersion);
            if (await ExecuteAsync(update, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new WorkflowConcurrencyException($"instance {instance.Id} is no longer at version {expectedVersion}");
            }
        }

        // The bookmark rows are replaced and the journal appended in one batch: one round trip per step.
        var batch = RowSql.Command(connection, transaction, string.Empty);
        var text = new StringBuilder();
        if (expectedVersion != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"DELETE FROM {sql.Table<WorkflowBookmarkRow>()} WHERE {sql.Column<WorkflowBookmarkRow>(nameof(WorkflowBookmarkRow.InstanceId))} = @Id;\n");
            sql.Parameter<WorkflowBookmarkRow>(batch, "@Id", nameof(WorkflowBookmarkRow.InstanceId), instance.Id);
        }

        for (var b = 0; b < instance.OpenBookmarks.Length; b++)
        {
            sql.AppendInsert(batch, text, $"b{b}_", ToRow(instance, instance.OpenBookmarks[b]));
        }

        for (var j = 0; j < rows.Length; j++)
        {
            sql.AppendInsert(batch, text, $"j{j}_", rows[j]);
        }

        if (text.Length > 0)
        {
            batch.CommandText = text.ToString();
            await ExecuteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await batch.DisposeAsync().ConfigureAwait(false);
        }

        return head;
    }

    /// <summary>The journal rows of a step with their hashes chained from <paramref name="previous"/>.</summary>
    private WorkflowJournalRow[] ChainRows(IReadOnlyList<JournalEntry> journal, string previous, out string head)
    {
        var rows = new WorkflowJournalRow[journal.Count];
        var key = (keys ?? throw new InvalidOperationException("The workflow store needs the ledger key ring to chain the journal.")).Current;
        head = previous;
        for (var j = 0; j < rows.Length; j++)
        {
            var row = ToRow(journal[j]);
            row.Hash = JournalHashChain.Compute(key, head, row);
            head = row.Hash;
            rows[j] = row;
        }

        return rows;
    }

    /// <summary>
    /// The instance at <paramref name="expectedVersion"/> as this command last wrote it, or as the cache holds it; null
    /// when neither is at that version.
    /// </summary>
    private WorkflowInstance? KnownInstance(Guid instanceId, long expectedVersion) =>
        WrittenInCommand(instanceId, expectedVersion) is { } written ? written.Instance
        : _cache.Get(instanceId) is { } entry && entry.Version == expectedVersion ? entry.Instance : null;

    /// <summary>What the running case command wrote of the instance, if its last write is at <paramref name="version"/>.</summary>
    private Written? WrittenInCommand(Guid instanceId, long version) =>
        ambient?.Current is { } scope && scope.Cache.TryGetValue(new WrittenKey(instanceId), out var hit) && hit is Written written && written.Version == version
            ? written
            : null;

    private static void InsertBookmarks(SqliteWorkflowSessions.Session session, WorkflowInstance instance, IEnumerable<Bookmark> bookmarks)
    {
        foreach (var bookmark in bookmarks)
        {
            var values = BookmarkValues(instance, bookmark);
            for (var i = 0; i < values.Length; i++)
            {
                session.InsertBookmark.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            session.InsertBookmark.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Writes the difference between the bookmark rows of <paramref name="previous"/> (what the table holds for the expected
    /// version) and those of <paramref name="instance"/>: a bookmark kept is updated only in the columns that changed (a claim
    /// sets Assignee and ClaimedAt); a closed bookmark's row is reused for a newly opened one (its key and changed columns
    /// updated, the usual sequential step); what is left is deleted or inserted. Fewer b-tree pages per commit than
    /// replacing every row (see benchmarks/Registry.Benchmarks/Workflows/RESULTS.md).
    /// </summary>
    private static void WriteBookmarkChanges(SqliteWorkflowSessions.Session session, WorkflowInstance previous, WorkflowInstance instance)
    {
        List<Bookmark>? closed = null;
        foreach (var old in previous.OpenBookmarks)
        {
            if (!Contains(instance.OpenBookmarks, old.Id))
            {
                (closed ??= []).Add(old);
            }
        }

        var reused = 0;
        List<Bookmark>? added = null;
        foreach (var bookmark in instance.OpenBookmarks)
        {
            Bookmark? old = null;
            foreach (var candidate in previous.OpenBookmarks)
            {
                if (candidate.Id == bookmark.Id)
                {
                    old = candidate;
                    break;
                }
            }

            if (old is null && closed is not null && reused < closed.Count)
            {
                old = closed[reused++];
            }

            if (old is null)
            {
                (added ??= []).Add(bookmark);
            }
            else
            {
                UpdateBookmark(session, BookmarkValues(previous, old), BookmarkValues(instance, bookmark), instance.Id, old.Id);
            }
        }

        for (var c = reused; closed is not null && c < closed.Count; c++)
        {
            session.DeleteBookmark.Parameters[0].Value = instance.Id;
            session.DeleteBookmark.Parameters[1].Value = closed[c].Id;
            session.DeleteBookmark.ExecuteNonQuery();
        }

        if (added is not null)
        {
            InsertBookmarks(session, instance, added);
        }

        static bool Contains(ImmutableArray<Bookmark> bookmarks, string id)
        {
            foreach (var b in bookmarks)
            {
                if (b.Id == id)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void UpdateBookmark(SqliteWorkflowSessions.Session session, object?[] before, object?[] after, Guid instanceId, string key)
    {
        var changed = 0;
        for (var i = 0; i < after.Length; i++)
        {
            if (!Equals(before[i], after[i]))
            {
                changed |= 1 << i;
            }
        }

        if (changed == 0)
        {
            return;
        }

        var command = session.UpdateBookmark(changed);
        var p = 0;
        for (var i = 0; i < after.Length; i++)
        {
            if ((changed & (1 << i)) != 0)
            {
                command.Parameters[p++].Value = after[i] ?? DBNull.Value;
            }
        }

        command.Parameters[p].Value = instanceId;
        command.Parameters[p + 1].Value = key;
        command.ExecuteNonQuery();
    }

    /// <summary>A bookmark row's column values as bound on SQLite, in the order of the session's bookmark column list.</summary>
    private static object?[] BookmarkValues(WorkflowInstance instance, Bookmark bookmark) =>
    [
        instance.Id, bookmark.Id, instance.DefinitionId, instance.DefinitionVersion, instance.CorrelationId, instance.Status.ToString(),
        bookmark.NodeId, bookmark.NodeName, bookmark.Kind.ToString(), bookmark.Role, bookmark.CandidateGroup, bookmark.Assignee,
        bookmark.ClaimedAt?.UtcTicks, bookmark.SignalName, bookmark.CreatedAt.UtcTicks, bookmark.DueAt?.UtcTicks,
    ];

    /// <summary>The cached journal head, only if it is the one of <paramref name="expectedVersion"/>.</summary>
    private string? KnownHead(Guid instanceId, long expectedVersion) =>
        WrittenInCommand(instanceId, expectedVersion) is { } written ? written.Head
        : _cache.Get(instanceId) is { } entry && entry.Version == expectedVersion ? entry.JournalHead : null;

    private static string ReadHead(SqliteWorkflowSessions.Session session, Guid instanceId, long expectedVersion)
    {
        session.HeadAt.Parameters[0].Value = instanceId;
        session.HeadAt.Parameters[1].Value = expectedVersion;
        return session.HeadAt.ExecuteScalar() as string
            ?? throw new WorkflowConcurrencyException($"instance {instanceId} is no longer at version {expectedVersion}");
    }

    private static async Task<string> ReadHeadAsync(RowSql sql, DbConnection connection, DbTransaction transaction, Guid instanceId, long expectedVersion, CancellationToken cancellationToken)
    {
        var query = RowSql.Command(
            connection,
            transaction,
            $"SELECT {sql.Column<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.JournalHead))} FROM {sql.Table<WorkflowInstanceRow>()} " +
            $"WHERE {sql.Column<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.Id))} = @Id AND {sql.Column<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.Version))} = @Expected");
        await using (query.ConfigureAwait(false))
        {
            sql.Parameter<WorkflowInstanceRow>(query, "@Id", nameof(WorkflowInstanceRow.Id), instanceId);
            sql.Parameter<WorkflowInstanceRow>(query, "@Expected", nameof(WorkflowInstanceRow.Version), expectedVersion);
            return await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string
                ?? throw new WorkflowConcurrencyException($"instance {instanceId} is no longer at version {expectedVersion}");
        }
    }

    private static void Bind(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>The SQLite sessions, or null on other providers. Created on first use from a context's connection string.</summary>
    internal async ValueTask<SqliteWorkflowSessions?> SqliteSessionsAsync(CancellationToken cancellationToken)
    {
        if (_initialized || sqliteSynchronousMode is null)
        {
            return _sessions;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        lock (_initLock)
        {
            if (!_initialized)
            {
                _sql ??= new RowSql(db);
                _sessions = db.IsSqlite ? new SqliteWorkflowSessions(db.Database.GetConnectionString()!, sqliteSynchronousMode, _sql) : null;
                _initialized = true;
            }
        }

        return _sessions;
    }

    private static async Task<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The instance's journal. Inside a case command that holds the instance (it loaded or wrote it), the journal at the
    /// held version is read at most once: later reads get what was read or what the command's commits appended, and the
    /// next command on a version this process committed or read gets it from the cache. The command's load proved the
    /// version against the row, and the journal rows of a version are written with it, so they are those rows.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var scope = ambient?.Current;
        var held = scope is not null && scope.Cache.TryGetValue(new InstanceKey(instanceId), out var seen) ? (WorkflowInstance)seen : null;
        if (held is not null && JournalHeld(scope!, instanceId, held.Version) is { } known)
        {
            return known;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<WorkflowJournalRow>().AsNoTracking()
            .Where(r => r.InstanceId == instanceId)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var entries = rows.Select(ToEntry).ToImmutableArray();

        // Kept only when the rows are exactly the held version's (their count is its journal sequence).
        if (held is not null && entries.Length == held.JournalSequence)
        {
            scope!.Cache[new JournalKey(instanceId)] = new HeldJournal(held.Version, entries);
            _cache.SetJournal(instanceId, held, entries);
        }

        return entries;
    }

    /// <summary>
    /// The journal at <paramref name="version"/> known to the running command: what it read or appended, or what the
    /// cache keeps for the instance object the command loaded (only when that object is the one held at that version).
    /// </summary>
    private ImmutableArray<JournalEntry>? JournalHeld(CommandScope scope, Guid instanceId, long version)
    {
        if (scope.Cache.TryGetValue(new JournalKey(instanceId), out var hit) && hit is HeldJournal journal)
        {
            return journal.Version == version ? journal.Entries : null;
        }

        if (scope.Cache.TryGetValue(new InstanceKey(instanceId), out var seen) && seen is WorkflowInstance held && held.Version == version
            && !scope.Cache.ContainsKey(new WrittenKey(instanceId))
            && _cache.JournalOf(instanceId, held) is { } cached)
        {
            scope.Cache[new JournalKey(instanceId)] = new HeldJournal(version, cached);
            return cached;
        }

        return null;
    }

    /// <summary>
    /// A journal entry as a read of its row returns it, for the journal kept after a commit: SQLite and PostgreSQL keep
    /// instants in UTC (PostgreSQL to the microsecond); the inputs come back as an ordinal dictionary.
    /// </summary>
    private static JournalEntry AsRead(CommandScope scope, JournalEntry entry)
    {
        var at = entry.At;
        if (scope.Session is not null)
        {
            at = at.ToUniversalTime();
        }
        else if (scope.Connection is Npgsql.NpgsqlConnection)
        {
            at = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
        }

        return entry with { At = at, Inputs = entry.Inputs.ToImmutableDictionary(StringComparer.Ordinal) };
    }

    public async Task<IReadOnlyList<Guid>> FindDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var running = nameof(InstanceStatus.Running);
        return await db.Set<WorkflowBookmarkRow>()
            .Where(b => b.DueAt != null && b.DueAt <= now && b.InstanceStatus == running)
            .Select(b => b.InstanceId)
            .Distinct()
            .OrderBy(id => id)
            .Take(maxCount)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<JournalVerification> VerifyAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<WorkflowJournalRow>().AsNoTracking()
            .Where(r => r.InstanceId == instanceId)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var previous = JournalHashChain.Genesis;
        var expected = 1L;
        foreach (var row in rows)
        {
            if (row.Sequence != expected)
            {
                return new JournalVerification(instanceId, rows.Count, expected, $"journal row {expected} is missing (next row is {row.Sequence})");
            }

            if (!JournalHashChain.Verify(keys ?? throw new InvalidOperationException("The workflow store needs the ledger key ring to verify the journal."), previous, row, out var problem))
            {
                return new JournalVerification(instanceId, rows.Count, row.Sequence, $"journal row {row.Sequence} does not match its hash: {problem}");
            }

            previous = row.Hash.TrimEnd();
            expected++;
        }

        var written = await db.Set<WorkflowInstanceRow>().Where(r => r.Id == instanceId)
            .Select(r => new { r.JournalSequence, r.JournalHead })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (written is not null && written.JournalSequence > rows.Count)
        {
            return new JournalVerification(instanceId, rows.Count, rows.Count + 1, $"the instance wrote {written.JournalSequence} journal rows but only {rows.Count} remain");
        }

        // The head kept on the instance row must be the last row's hash: a consistently re-hashed tail still differs from it.
        return written is not null && rows.Count > 0 && written.JournalHead != previous
            ? new JournalVerification(instanceId, rows.Count, rows.Count, $"journal row {rows.Count} is not the head the instance recorded: the journal was rewritten")
            : new JournalVerification(instanceId, rows.Count, null, null);
    }

    private static WorkflowBookmarkRow ToRow(WorkflowInstance instance, Bookmark bookmark) => new()
    {
        InstanceId = instance.Id,
        BookmarkId = bookmark.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        CorrelationId = instance.CorrelationId,
        InstanceStatus = instance.Status.ToString(),
        NodeId = bookmark.NodeId,
        NodeName = bookmark.NodeName,
        Kind = bookmark.Kind.ToString(),
        Role = bookmark.Role,
        CandidateGroup = bookmark.CandidateGroup,
        Assignee = bookmark.Assignee,
        ClaimedAt = bookmark.ClaimedAt,
        SignalName = bookmark.SignalName,
        CreatedAt = bookmark.CreatedAt,
        DueAt = bookmark.DueAt,
    };

    private static WorkflowJournalRow ToRow(JournalEntry entry) => new()
    {
        InstanceId = entry.InstanceId,
        Sequence = entry.Sequence,
        At = entry.At,
        Action = entry.Action.ToString(),
        NodeId = entry.NodeId,
        NodeName = entry.NodeName,
        Actor = entry.Actor,
        Outcome = entry.Outcome,
        Opinion = entry.Opinion,
        Inputs = JournalHashChain.CanonicalInputs(entry.Inputs),
        RuleResultReference = entry.RuleResultReference,
        Hash = string.Empty,
    };

    private static JournalEntry ToEntry(WorkflowJournalRow row) => new(
        row.InstanceId,
        row.Sequence,
        row.At,
        Enum.Parse<JournalAction>(row.Action),
        row.NodeId,
        row.NodeName,
        row.Actor,
        row.Outcome,
        row.Opinion,
        (JsonSerializer.Deserialize<Dictionary<string, string>>(row.Inputs) ?? []).ToImmutableDictionary(StringComparer.Ordinal),
        row.RuleResultReference);

    /// <summary>What a load reads of the instance row.</summary>
    private sealed record StoredState(long Version, string JournalHead, string? State);

    /// <summary>An instance read or written by the running case command (<see cref="CommandScope.Cache"/>).</summary>
    private sealed record InstanceKey(Guid Id);

    /// <summary>The instance's last write in the running command (<see cref="Written"/>).</summary>
    private sealed record WrittenKey(Guid Id);

    /// <summary>The instance's journal known to the running command (<see cref="HeldJournal"/>).</summary>
    private sealed record JournalKey(Guid Id);

    /// <summary>What a commit inside the running command wrote: the version, its journal head and the instance (its bookmark rows).</summary>
    private sealed record Written(long Version, string Head, WorkflowInstance Instance);

    /// <summary>The journal at a version, as read or appended within the running command.</summary>
    private sealed record HeldJournal(long Version, ImmutableArray<JournalEntry> Entries);
}
