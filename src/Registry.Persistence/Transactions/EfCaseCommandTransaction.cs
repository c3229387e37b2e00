using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Registry.Application.Cases;
using Registry.Application.Register;
using Registry.Application.Transactions;
using Registry.Persistence.Workflows;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Transactions;

/// <summary>
/// Case commands on the registry database. On SQLite a command holds the file's write lock from its first statement
/// (<c>BEGIN IMMEDIATE</c> on one of the workflow store's open connections, behind the process's write gate), so commands
/// of one process queue instead of conflicting, and what a command reads is what it commits against. On a server
/// database the command runs in one read-committed transaction; the workflow instance's conditional update and the
/// case's version check detect a concurrent writer, and the whole command is rolled back and run again.
/// <para>
/// <b>Group commit (SQLite).</b> With <c>synchronous=FULL</c> every <c>COMMIT</c> waits for an fsync, and commands of one
/// process run one at a time anyway. Commands that arrive while a transaction is open join it: they run one after
/// another inside it, each in a savepoint of its own (a command that fails or conflicts rolls back to its savepoint
/// alone and is run again there on fresh state), and the last one to finish commits them all with one fsync. No command
/// returns before that <c>COMMIT</c> has completed, so each one is exactly as durable as when it committed alone; each
/// runs after the previous one's writes, as it would have after the previous one's commit, so its checks see what it
/// commits against; if the <c>COMMIT</c> fails, every command of the group fails and nothing of any of them is kept. A
/// group takes at most <see cref="MaxGroup"/> commands so the first one's wait stays bounded. A lone command (no one
/// waiting) is a group of one: the same <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c> as before.
/// </para>
/// </summary>
internal sealed class EfCaseCommandTransaction(
    EfWorkflowInstanceStore workflowStore,
    AmbientCommand ambient,
    CommandContexts commandContexts,
    ILogger<EfCaseCommandTransaction> logger,
    CrashPoints? crashPoints = null) : ICaseCommandTransaction, IDisposable
{
    private const int MaxAttempts = 5;

    /// <summary>The most commands one SQLite group commit takes (see the class remarks).</summary>
    internal const int MaxGroup = 16;

    private readonly Lock _groupLock = new();
    private readonly SemaphoreSlim _opening = new(1, 1);
    private Group? _open;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (ambient.Current is not null)
        {
            return await command(cancellationToken);
        }

        if (await workflowStore.SqliteSessionsAsync(cancellationToken) is { } sessions)
        {
            return await RunGroupedAsync(sessions, command, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            var open = await OpenAsync(cancellationToken);
            ambient.Current = open.Scope;
            try
            {
                var result = await command(cancellationToken);
                crashPoints?.Reach(CrashPoints.BeforeCommit);
                await open.Scope.Transaction.CommitAsync(cancellationToken);
                open.Committed = true;
                crashPoints?.Reach(CrashPoints.AfterCommit);
                ambient.Current = null;
                foreach (var failure in open.Scope.Committed())
                {
                    // The command committed: a failed notification of it (a live worklist refresh) is logged, not thrown.
                    logger.LogError(failure, "An after-commit action of a case command failed");
                }

                return result;
            }
            catch (Exception ex) when (!open.Committed)
            {
                ambient.Current = null;
                await open.RollbackAsync();
                if (!open.Healthy && ex is InvalidOperationException)
                {
                    // The server went away mid-command (Npgsql: "Transaction is already completed"): an outage, not a
                    // defect. Nothing was committed; the same action succeeds once the database is back.
                    throw new ConnectionLostException(ex);
                }

                if (!IsConflict(ex))
                {
                    throw;
                }

                if (attempt >= MaxAttempts)
                {
                    throw ex as CommandConflictException ?? new CommandConflictException(ex.Message, ex);
                }

                logger.LogInformation("Case command conflicted ({Message}); attempt {Attempt} of {Max} runs again on fresh state", ex.Message, attempt + 1, MaxAttempts);
            }
            finally
            {
                ambient.Current = null;
                await open.DisposeAsync();
            }
        }
    }

    public void Dispose() => _opening.Dispose();

    public async Task<T> IsolateAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (ambient.Current is not { } scope)
        {
            return await step(cancellationToken);
        }

        var name = scope.NextSavepointName();
        var mark = scope.Mark();
        await scope.Transaction.SaveAsync(name, cancellationToken);
        try
        {
            var result = await step(cancellationToken);
            await scope.Transaction.ReleaseAsync(name, cancellationToken);
            return result;
        }
        catch (Exception ex) when (IsConflict(ex) && ex is not CommandConflictException)
        {
            await scope.Transaction.RollbackAsync(name, CancellationToken.None);
            await scope.Transaction.ReleaseAsync(name, CancellationToken.None);
            scope.StepRolledBack(mark);
            throw new CommandConflictException(ex.Message, ex);
        }
        catch
        {
            // Undo only this step's writes; the command goes on (the engine records an incident for the step) unless
            // the failure is a conflict, which re-runs the whole command.
            await scope.Transaction.RollbackAsync(name, CancellationToken.None);
            await scope.Transaction.ReleaseAsync(name, CancellationToken.None);
            scope.StepRolledBack(mark);
            throw;
        }
    }

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (ambient.Current is { } scope)
        {
            scope.AfterCommit(action);
        }
        else
        {
            action();
        }
    }

    /// <summary>
    /// A transient clash with another writer: worth running the command again on fresh state. "Already completed by …" is
    /// not one: it is the answer the loser of a race gets.
    /// </summary>
    internal static bool IsConflict(Exception ex) => ex is not TaskAlreadyCompletedException
        && ex is CommandConflictException or CaseConcurrencyException or RegisterConcurrencyException
            or DbUpdateConcurrencyException or WorkflowConcurrencyException
            or SqliteException { SqliteErrorCode: 5 or 6 }
            // PostgreSQL: serialization failure, deadlock (also when wrapped by EF).
            or Npgsql.PostgresException { SqlState: "40001" or "40P01" }
            or DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: "40001" or "40P01" } };

    /// <summary>Runs <paramref name="command"/> as a member of the open SQLite group, or of a new one (class remarks).</summary>
    private async Task<T> RunGroupedAsync<T>(SqliteWorkflowSessions sessions, Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken)
    {
        var group = await JoinAsync(sessions, cancellationToken);
        await group.Turn.WaitAsync(CancellationToken.None);
        T result = default!;
        Exception? failure = null;
        var scope = group.NewScope();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var savepoint = group.NextSavepoint();
                try
                {
                    await group.Transaction.SaveAsync(savepoint, CancellationToken.None);
                    ambient.Current = scope;
                    result = await command(cancellationToken);
                    ambient.Current = null;
                    await group.Transaction.ReleaseAsync(savepoint, CancellationToken.None);
                    break;
                }
                catch (Exception ex)
                {
                    ambient.Current = null;
                    if (!await group.TryRollbackToAsync(savepoint))
                    {
                        failure = ex;
                        break;
                    }

                    scope.RolledBack();
                    scope = group.NewScope();
                    if (!IsConflict(ex))
                    {
                        failure = ex;
                        break;
                    }

                    if (attempt >= MaxAttempts)
                    {
                        failure = ex as CommandConflictException ?? new CommandConflictException(ex.Message, ex);
                        break;
                    }

                    logger.LogInformation("Case command conflicted ({Message}); attempt {Attempt} of {Max} runs again on fresh state", ex.Message, attempt + 1, MaxAttempts);
                }
            }
        }
        finally
        {
            ambient.Current = null;
            if (Leave(group))
            {
                await CommitAsync(group);
            }

            group.Turn.Release();
        }

        if (failure is not null)
        {
            // Its own writes were rolled back to its savepoint (or the whole group is being rolled back).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        try
        {
            await group.Committed.Task.WaitAsync(CancellationToken.None);
        }
        catch
        {
            scope.RolledBack();
            throw;
        }

        foreach (var afterCommit in scope.Committed())
        {
            // The command committed: a failed notification of it (a live worklist refresh) is logged, not thrown.
            logger.LogError(afterCommit, "An after-commit action of a case command failed");
        }

        return result;
    }

    /// <summary>Joins the open group, or opens one once the previous group has committed (and taken the write gate).</summary>
    private async Task<Group> JoinAsync(SqliteWorkflowSessions sessions, CancellationToken cancellationToken)
    {
        if (TryJoin() is { } joined)
        {
            return joined;
        }

        // One opener at a time: the others wait here, and join the group the opener opens.
        await _opening.WaitAsync(cancellationToken);
        try
        {
            if (TryJoin() is { } opened)
            {
                return opened;
            }

            await sessions.WriteGate.WaitAsync(cancellationToken);
            SqliteWorkflowSessions.Session? session = null;
            try
            {
                session = sessions.Rent();
                var group = new Group(sessions, session, session.Begin());
                lock (_groupLock)
                {
                    _open = group;
                }

                return group;
            }
            catch
            {
                session?.Dispose();
                sessions.WriteGate.Release();
                throw;
            }
        }
        finally
        {
            _opening.Release();
        }
    }

    private Group? TryJoin()
    {
        lock (_groupLock)
        {
            if (_open is { } group && group.Members < MaxGroup)
            {
                group.Members++;
                group.Joined++;
                if (group.Joined >= MaxGroup)
                {
                    _open = null; // full: later commands wait for the next group
                }

                return group;
            }

            return null;
        }
    }

    /// <summary>A member is done; true when it was the last one (it commits the group, which takes no one else).</summary>
    private bool Leave(Group group)
    {
        lock (_groupLock)
        {
            if (--group.Members > 0)
            {
                return false;
            }

            if (ReferenceEquals(_open, group))
            {
                _open = null;
            }

            return true;
        }
    }

    private async Task CommitAsync(Group group)
    {
        var healthy = !group.Broken;
        try
        {
            if (group.Broken)
            {
                throw new InvalidOperationException("A command of this group left its connection broken; the group is rolled back.");
            }

            crashPoints?.Reach(CrashPoints.BeforeCommit);
            await group.Transaction.CommitAsync(CancellationToken.None);
            crashPoints?.Reach(CrashPoints.AfterCommit);
            group.Committed.TrySetResult();
        }
        catch (Exception ex)
        {
            try
            {
                await group.Transaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception rollback) when (rollback is DbException or InvalidOperationException)
            {
                healthy = false;
            }

            group.Committed.TrySetException(ex);
        }
        finally
        {
            await group.Transaction.DisposeAsync();
            if (healthy)
            {
                group.Session.EndTransaction();
                group.Sessions.Return(group.Session);
            }
            else
            {
                group.Session.Dispose();
            }

            group.Sessions.WriteGate.Release();
        }
    }

    private async Task<OpenCommand> OpenAsync(CancellationToken cancellationToken)
    {
        var db = await commandContexts.Owners.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var relational = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            return new OpenCommand(new CommandScope(connection, relational, null), null, null, db);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// One SQLite transaction shared by a group of commands (class remarks): its session and transaction, the members
    /// still to finish, one body at a time (<see cref="Turn"/>), and the outcome of its <c>COMMIT</c>.
    /// </summary>
    private sealed class Group(SqliteWorkflowSessions sessions, SqliteWorkflowSessions.Session session, SqliteTransaction transaction)
    {
        private int _savepoints;

        public SqliteWorkflowSessions Sessions { get; } = sessions;

        public SqliteWorkflowSessions.Session Session { get; } = session;

        public SqliteTransaction Transaction { get; } = transaction;

        /// <summary>Members joined and not yet finished (guarded by the transaction's group lock).</summary>
        public int Members { get; set; } = 1;

        /// <summary>Members ever joined (guarded by the group lock).</summary>
        public int Joined { get; set; } = 1;

        public SemaphoreSlim Turn { get; } = new(1, 1);

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>A savepoint could not be rolled back: the connection is unusable and the group must roll back whole.</summary>
        public bool Broken { get; private set; }

        public CommandScope NewScope() => new(Session.Connection, Transaction, Session);

        public string NextSavepoint() => $"command{++_savepoints}";

        public async Task<bool> TryRollbackToAsync(string savepoint)
        {
            if (Broken)
            {
                return false;
            }

            try
            {
                await Transaction.RollbackAsync(savepoint, CancellationToken.None);
                await Transaction.ReleaseAsync(savepoint, CancellationToken.None);
                return true;
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                Broken = true;
                return false;
            }
        }
    }

    /// <summary>What one attempt holds: its scope, and the SQLite session and gate or the server context to give back.</summary>
    private sealed class OpenCommand(CommandScope scope, SqliteWorkflowSessions? sessions, SqliteWorkflowSessions.Session? session, RegistryDbContext? owner) : IAsyncDisposable
    {
        private bool _healthy = true;

        public CommandScope Scope { get; } = scope;

        /// <summary>False once a rollback failed: the connection is broken and is not reused.</summary>
        public bool Healthy => _healthy;

        public bool Committed { get; set; }

        public async Task RollbackAsync()
        {
            try
            {
                await Scope.Transaction.RollbackAsync(CancellationToken.None);
            }
            catch (DbException)
            {
                // The connection broke (the cause is being reported); it is not reused.
                _healthy = false;
            }
            catch (InvalidOperationException)
            {
                _healthy = false;
            }

            Scope.RolledBack();
        }

        public async ValueTask DisposeAsync()
        {
            await Scope.Transaction.DisposeAsync();
            if (session is not null)
            {
                if (_healthy)
                {
                    session.EndTransaction();
                    sessions!.Return(session);
                }
                else
                {
                    session.Dispose();
                }

                sessions!.WriteGate.Release();
            }

            if (owner is not null)
            {
                // Back to the driver's pool now (the context itself may go back to a context pool, which would keep it open).
                try
                {
                    await owner.Database.CloseConnectionAsync();
                }
                catch (Exception ex) when (ex is DbException or InvalidOperationException)
                {
                    // A connection that broke mid-command: the driver discards it; the failure itself is being reported.
                }

                await owner.DisposeAsync();
            }
        }
    }
}
