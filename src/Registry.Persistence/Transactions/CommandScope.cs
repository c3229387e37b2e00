using System.Data.Common;
using Microsoft.Data.Sqlite;
using Registry.Persistence.Workflows;

namespace Registry.Persistence.Transactions;

/// <summary>
/// The open transaction of the case command running on this async flow: its connection and transaction, which every
/// store joins (<see cref="AmbientDbContextFactory"/>), and what to do once it commits or rolls back (caches, events).
/// </summary>
internal sealed class CommandScope
{
    private readonly List<Action> _afterCommit = [];
    private readonly List<Action> _afterRollback = [];
    private int _savepoints;

    public CommandScope(DbConnection connection, DbTransaction transaction, SqliteWorkflowSessions.Session? session)
    {
        Connection = connection;
        Transaction = transaction;
        Session = session;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>On SQLite, the open connection with the workflow store's prepared statements the command runs on.</summary>
    public SqliteWorkflowSessions.Session? Session { get; }

    public SqliteTransaction? SqliteTransaction => Transaction as SqliteTransaction;

    /// <summary>
    /// What the stores have read or written in this command, kept for its later reads (a case loaded once per command):
    /// this transaction holds the write lock (SQLite) or re-checks versions when it writes (server), so within it the
    /// stored state changes only through the stores themselves, which keep these entries current. Dropped with the
    /// scope, and cleared when a step's savepoint is rolled back (its writes are undone, so entries may be stale).
    /// </summary>
    public Dictionary<object, object> Cache { get; } = [];

    public void AfterCommit(Action action) => _afterCommit.Add(action);

    public void AfterRollback(Action action) => _afterRollback.Add(action);

    public string NextSavepointName() => $"step{++_savepoints}";

    /// <summary>Where a step starts in the after-commit and after-rollback lists (<see cref="StepRolledBack"/>).</summary>
    public (int AfterCommit, int AfterRollback) Mark() => (_afterCommit.Count, _afterRollback.Count);

    /// <summary>
    /// A step's savepoint was rolled back: what it registered to run after the commit is dropped (its writes are undone,
    /// so a cache must not learn them nor an event announce them), what it registered for a rollback runs now, and the
    /// command's read cache is cleared.
    /// </summary>
    public IReadOnlyList<Exception> StepRolledBack((int AfterCommit, int AfterRollback) mark)
    {
        _afterCommit.RemoveRange(mark.AfterCommit, _afterCommit.Count - mark.AfterCommit);
        var undo = _afterRollback.GetRange(mark.AfterRollback, _afterRollback.Count - mark.AfterRollback);
        _afterRollback.RemoveRange(mark.AfterRollback, undo.Count);
        Cache.Clear();
        return RunAll(undo);
    }

    /// <summary>Runs the after-commit actions; one that throws does not stop the others (the command did commit).</summary>
    public IReadOnlyList<Exception> Committed() => RunAll(_afterCommit);

    public IReadOnlyList<Exception> RolledBack() => RunAll(_afterRollback);

    private static List<Exception> RunAll(List<Action> actions)
    {
        var failures = new List<Exception>();
        foreach (var action in actions)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }

        actions.Clear();
        return failures;
    }
}
