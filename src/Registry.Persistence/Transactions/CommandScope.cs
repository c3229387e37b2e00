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

    public void AfterCommit(Action action) => _afterCommit.Add(action);

    public void AfterRollback(Action action) => _afterRollback.Add(action);

    public string NextSavepointName() => $"step{++_savepoints}";

    public void Committed() => RunAll(_afterCommit);

    public void RolledBack() => RunAll(_afterRollback);

    private static void RunAll(List<Action> actions)
    {
        foreach (var action in actions)
        {
            action();
        }

        actions.Clear();
    }
}
