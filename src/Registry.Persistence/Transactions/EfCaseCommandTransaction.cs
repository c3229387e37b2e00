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
/// </summary>
internal sealed class EfCaseCommandTransaction(
    IDbContextFactory<RegistryDbContext> contexts,
    EfWorkflowInstanceStore workflowStore,
    AmbientCommand ambient,
    ILogger<EfCaseCommandTransaction> logger,
    CrashPoints? crashPoints = null) : ICaseCommandTransaction
{
    private const int MaxAttempts = 5;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (ambient.Current is not null)
        {
            return await command(cancellationToken);
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

    public async Task<T> IsolateAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (ambient.Current is not { } scope)
        {
            return await step(cancellationToken);
        }

        var name = scope.NextSavepointName();
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
            scope.Cache.Clear();
            throw new CommandConflictException(ex.Message, ex);
        }
        catch
        {
            // Undo only this step's writes; the command goes on (the engine records an incident for the step) unless
            // the failure is a conflict, which re-runs the whole command.
            await scope.Transaction.RollbackAsync(name, CancellationToken.None);
            await scope.Transaction.ReleaseAsync(name, CancellationToken.None);
            scope.Cache.Clear();
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
            or SqliteException { SqliteErrorCode: 5 or 6 };

    private async Task<OpenCommand> OpenAsync(CancellationToken cancellationToken)
    {
        var sessions = await workflowStore.SqliteSessionsAsync(cancellationToken);
        if (sessions is not null)
        {
            await sessions.WriteGate.WaitAsync(cancellationToken);
            SqliteWorkflowSessions.Session? session = null;
            try
            {
                session = sessions.Rent();
                var transaction = session.Begin();
                return new OpenCommand(new CommandScope(session.Connection, transaction, session), sessions, session, null);
            }
            catch
            {
                session?.Dispose();
                sessions.WriteGate.Release();
                throw;
            }
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var relational = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            return new OpenCommand(new CommandScope(connection, relational, null), null, null, db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>What one attempt holds: its scope, and the SQLite session and gate or the server context to give back.</summary>
    private sealed class OpenCommand(CommandScope scope, SqliteWorkflowSessions? sessions, SqliteWorkflowSessions.Session? session, RegistryDbContext? owner) : IAsyncDisposable
    {
        private bool _healthy = true;

        public CommandScope Scope { get; } = scope;

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
                await owner.DisposeAsync();
            }
        }
    }
}
