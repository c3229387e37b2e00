using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Workflows;

/// <summary>
/// Workflow instances on <see cref="RegistryDbContext"/>. A commit is one transaction: the instance row is updated only
/// where its version is still the expected one (a lost race updates nothing and throws
/// <see cref="WorkflowConcurrencyException"/>, which the engine turns into "already completed by …" or a retry), the
/// instance's bookmark rows (the worklist index) are replaced, and the journal rows are appended with their hash chain.
/// </summary>
internal sealed class EfWorkflowInstanceStore(IDbContextFactory<RegistryDbContext> factory) : IWorkflowInstanceStore, IWorkflowJournalVerifier
{
    private static readonly Func<RegistryDbContext, Guid, CancellationToken, Task<string?>> FindState =
        EF.CompileAsyncQuery((RegistryDbContext db, Guid id, CancellationToken _) => db.Set<WorkflowInstanceRow>().Where(r => r.Id == id).Select(r => r.State).FirstOrDefault());

    private RowSql? _sql;

    public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var state = await FindState(db, instanceId, cancellationToken).ConfigureAwait(false);
        return state is null ? null : WorkflowStateJson.Read(state, instanceId);
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
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sql = _sql ??= new RowSql(db);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string previousHash;
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

            previousHash = JournalHashChain.Genesis;
        }
        else
        {
            // The conditional update is the concurrency check and takes the row's write lock for the rest of the transaction.
            var update = RowSql.Command(
                connection,
                transaction,
                $"UPDATE {sql.Table<WorkflowInstanceRow>()} SET {sql.Set<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.State), nameof(WorkflowInstanceRow.Version), nameof(WorkflowInstanceRow.Status), nameof(WorkflowInstanceRow.DefinitionVersion), nameof(WorkflowInstanceRow.JournalSequence), nameof(WorkflowInstanceRow.UpdatedAt))} " +
                $"WHERE {sql.Column<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.Id))} = @Id AND {sql.Column<WorkflowInstanceRow>(nameof(WorkflowInstanceRow.Version))} = @Expected");
            sql.Parameter<WorkflowInstanceRow>(update, "@State", nameof(WorkflowInstanceRow.State), state);
            sql.Parameter<WorkflowInstanceRow>(update, "@Version", nameof(WorkflowInstanceRow.Version), instance.Version);
            sql.Parameter<WorkflowInstanceRow>(update, "@Status", nameof(WorkflowInstanceRow.Status), instance.Status.ToString());
            sql.Parameter<WorkflowInstanceRow>(update, "@DefinitionVersion", nameof(WorkflowInstanceRow.DefinitionVersion), instance.DefinitionVersion);
            sql.Parameter<WorkflowInstanceRow>(update, "@JournalSequence", nameof(WorkflowInstanceRow.JournalSequence), instance.JournalSequence);
            sql.Parameter<WorkflowInstanceRow>(update, "@UpdatedAt", nameof(WorkflowInstanceRow.UpdatedAt), instance.UpdatedAt);
            sql.Parameter<WorkflowInstanceRow>(update, "@Id", nameof(WorkflowInstanceRow.Id), instance.Id);
            sql.Parameter<WorkflowInstanceRow>(update, "@Expected", nameof(WorkflowInstanceRow.Version), expectedVersion);
            if (await ExecuteAsync(update, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new WorkflowConcurrencyException($"instance {instance.Id} is no longer at version {expectedVersion}");
            }

            previousHash = journal.Count == 0 ? string.Empty : await PreviousHashAsync(sql, connection, transaction, instance.Id, journal[0].Sequence - 1, cancellationToken).ConfigureAwait(false);
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

        for (var j = 0; j < journal.Count; j++)
        {
            var row = ToRow(journal[j]);
            row.Hash = JournalHashChain.Compute(previousHash, row);
            previousHash = row.Hash;
            sql.AppendInsert(batch, text, $"j{j}_", row);
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

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<WorkflowJournalRow>().AsNoTracking()
            .Where(r => r.InstanceId == instanceId)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(ToEntry).ToList();
    }

    public async Task<IReadOnlyList<Guid>> FindDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var running = nameof(InstanceStatus.Running);
        return await db.Set<WorkflowBookmarkRow>()
            .Where(b => b.DueAt != null && b.DueAt <= now && b.InstanceStatus == running)
            .Select(b => b.InstanceId)
            .Distinct()
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

            if (JournalHashChain.Compute(previous, row) != row.Hash)
            {
                return new JournalVerification(instanceId, rows.Count, row.Sequence, $"journal row {row.Sequence} does not match its hash: its content or an earlier row was changed");
            }

            previous = row.Hash;
            expected++;
        }

        var written = await db.Set<WorkflowInstanceRow>().Where(r => r.Id == instanceId).Select(r => (long?)r.JournalSequence).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return written > rows.Count
            ? new JournalVerification(instanceId, rows.Count, rows.Count + 1, $"the instance wrote {written} journal rows but only {rows.Count} remain")
            : new JournalVerification(instanceId, rows.Count, null, null);
    }

    private static async Task<string> PreviousHashAsync(RowSql sql, DbConnection connection, DbTransaction transaction, Guid instanceId, long sequence, CancellationToken cancellationToken)
    {
        if (sequence == 0)
        {
            return JournalHashChain.Genesis;
        }

        var query = RowSql.Command(
            connection,
            transaction,
            $"SELECT {sql.Column<WorkflowJournalRow>(nameof(WorkflowJournalRow.Hash))} FROM {sql.Table<WorkflowJournalRow>()} " +
            $"WHERE {sql.Column<WorkflowJournalRow>(nameof(WorkflowJournalRow.InstanceId))} = @Id AND {sql.Column<WorkflowJournalRow>(nameof(WorkflowJournalRow.Sequence))} = @Sequence");
        await using (query.ConfigureAwait(false))
        {
            sql.Parameter<WorkflowJournalRow>(query, "@Id", nameof(WorkflowJournalRow.InstanceId), instanceId);
            sql.Parameter<WorkflowJournalRow>(query, "@Sequence", nameof(WorkflowJournalRow.Sequence), sequence);
            return await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string
                ?? throw new InvalidOperationException($"instance {instanceId}: journal row {sequence} is missing; the chain cannot continue");
        }
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
}
