using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Application.Review;
using Registry.Workflows.Ports;

namespace Registry.Persistence.Cases;

/// <summary>
/// Stores review runs and their findings with the case, one transaction per run. The idempotency key is unique in the
/// table: a repeated key stores nothing and returns the stored run, also when two calls race. The findings (~50 a run)
/// go in as multi-row <c>INSERT</c>s built from the EF model, not one statement each through the change tracker. Inside a
/// case command, a key looked up and not found is remembered (<see cref="Transactions.CommandScope.Cache"/>), so the
/// rule-check port's own look-up before it reviews is not repeated by <see cref="AddAsync"/>; a race with another writer
/// is still settled by the unique key.
/// </summary>
internal sealed class EfReviewRunStore(IDbContextFactory<RegistryDbContext> contexts, Transactions.AmbientCommand? ambient = null) : IReviewRunStore
{
    // Compiled once: every review and every decision reads runs with these (see EfCaseRepository).
    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<ReviewRunRow?>>> RunByKey = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string key, CancellationToken _) => db.Set<ReviewRunRow>().AsNoTracking().SingleOrDefault(r => r.IdempotencyKey == key)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, IAsyncEnumerable<ReviewRunRow>>> RunsOfCase = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, string, ReviewRunRow>((RegistryDbContext db, string caseNumber) => db.Set<ReviewRunRow>().AsNoTracking().Where(r => r.CaseNumber == caseNumber)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, Guid, IAsyncEnumerable<RuleFindingRow>>> FindingsOf = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, Guid, RuleFindingRow>((RegistryDbContext db, Guid runId) => db.Set<RuleFindingRow>().AsNoTracking().Where(f => f.RunId == runId).OrderBy(f => f.Ordinal)));

    public async Task<ReviewRun?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await RunByKey.For(db)(db, idempotencyKey, cancellationToken);
        if (row is null)
        {
            ambient?.Current?.Cache.TryAdd(new AbsentKey(idempotencyKey), true);
            return null;
        }

        return await LoadAsync(db, row, cancellationToken);
    }

    public async Task<ReviewRun?> FindAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ReviewRunRow>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return row is null ? null : await LoadAsync(db, row, cancellationToken);
    }

    public async Task<ReviewRun> AddAsync(ReviewRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var absent = ambient?.Current is { } scope && scope.Cache.Remove(new AbsentKey(run.IdempotencyKey));
        if (!absent && await FindByIdempotencyKeyAsync(run.IdempotencyKey, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<ReviewRunRow>().Add(new ReviewRunRow
        {
            Id = run.Id,
            CaseId = run.CaseId,
            CaseNumber = run.CaseNumber,
            IdempotencyKey = run.IdempotencyKey,
            RequestName = run.RequestName,
            Stage = run.Stage.ToString(),
            Verdict = run.Verdict.ToString(),
            AutoApproved = run.AutoApproved,
            EvaluatedAt = run.EvaluatedAt,
            RuleSets = string.Join(",", run.RuleSets),
        });
        var findings = run.Findings.Select((f, i) => new RuleFindingRow
        {
            RunId = run.Id,
            Ordinal = i,
            CaseId = run.CaseId,
            Stage = run.Stage.ToString(),
            UnitCode = f.UnitCode,
            RuleCode = f.Finding.RuleCode,
            Reference = f.Finding.Reference,
            RuleVersion = f.Finding.RuleVersion,
            RuleSet = f.Finding.RuleSet,
            RuleSetVersion = f.Finding.RuleSetVersion,
            Category = f.Finding.Category,
            Severity = f.Finding.Severity.ToString(),
            Outcome = f.Finding.Outcome.ToString(),
            NameZh = f.Finding.NameZh,
            MessageZh = f.Finding.MessageZh,
            MessageEn = f.Finding.MessageEn,
            FactsJson = JsonSerializer.Serialize(f.Finding.Facts),
            Error = f.Finding.Error,
            EvaluatedAt = run.EvaluatedAt,
        }).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await InsertAsync(db, findings, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
            return run;
        }
        catch (DbUpdateException)
        {
            // Lost a race with an identical call (the run row's key is unique, so nothing of this call was written): the
            // other run is the one stored. Anything else is rethrown.
            var stored = await FindByIdempotencyKeyAsync(run.IdempotencyKey, cancellationToken);
            if (stored is null)
            {
                throw;
            }

            return stored;
        }
    }

    public async Task<IReadOnlyList<ReviewRun>> ListForCaseAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ReviewRunRow>().AsNoTracking().Where(r => r.CaseNumber == caseNumber).ToListAsync(cancellationToken);
        var runs = new List<ReviewRun>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.EvaluatedAt).ThenBy(r => r.Id))
        {
            runs.Add(await LoadAsync(db, row, cancellationToken));
        }

        return runs;
    }

    public async Task<ReviewRun?> FindLatestForCaseAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The runs' header rows only (a few per case), picked as ListForCaseAsync(…).MaxBy(EvaluatedAt) would pick them,
        // then the findings of that one run.
        var rows = await RunsOfCase.For(db)(db, caseNumber).ToListAsync(cancellationToken);
        var latest = rows.OrderBy(r => r.EvaluatedAt).ThenBy(r => r.Id).MaxBy(r => r.EvaluatedAt);
        return latest is null ? null : await LoadAsync(db, latest, cancellationToken);
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> as multi-row <c>INSERT</c>s on the context's connection and transaction: columns and
    /// parameter types from the EF model (so a column added to the model is written too), at most 2,000 parameters and
    /// 500 rows a statement (SQL Server allows 2,100 parameters and 1,000 rows). On SQLite, where a statement costs no
    /// round trip, one single-row <c>INSERT</c> is prepared once and run per row (<see cref="InsertEachAsync"/>).
    /// </summary>
    private static async Task InsertAsync(RegistryDbContext db, List<RuleFindingRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(RuleFindingRow)) ?? throw new InvalidOperationException("RuleFindingRow is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var helper = db.GetService<ISqlGenerationHelper>();
        IProperty[] properties = [.. entity.GetProperties()];
        var head = $"INSERT INTO {helper.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => helper.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var perStatement = Math.Clamp(2000 / properties.Length, 1, 500);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (db.Database.IsSqlite())
            {
                await InsertEachAsync(db, connection, head, properties, rows, cancellationToken);
                return;
            }

            for (var start = 0; start < rows.Count; start += perStatement)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var text = new StringBuilder(head);
                for (var r = start; r < Math.Min(rows.Count, start + perStatement); r++)
                {
                    text.Append(r == start ? "(" : ", (");
                    for (var c = 0; c < properties.Length; c++)
                    {
                        var name = string.Create(CultureInfo.InvariantCulture, $"@p{r - start}_{c}");
                        text.Append(c == 0 ? name : ", " + name);
                        var value = properties[c].GetGetter().GetClrValueUsingContainingEntity(rows[r]);
                        command.Parameters.Add(properties[c].GetRelationalTypeMapping().CreateParameter(command, name, value, properties[c].IsNullable));
                    }

                    text.Append(')');
                }

#pragma warning disable CA2100 // identifiers from the EF model, values as parameters
                command.CommandText = text.Append(';').ToString();
#pragma warning restore CA2100
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// SQLite: one single-row <c>INSERT</c> prepared once and executed per row. The multi-row form cost more than the rows:
    /// ~460 parameters built and then bound by name (<c>sqlite3_bind_parameter_index</c> searches a statement's parameters
    /// one by one) and a long statement parsed each time; storing a review run was the largest store call of a 初审 decision.
    /// </summary>
    private static async Task InsertEachAsync(RegistryDbContext db, System.Data.Common.DbConnection connection, string head, IProperty[] properties, List<RuleFindingRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = properties.Select((_, c) => string.Create(CultureInfo.InvariantCulture, $"@p{c}")).ToArray();
#pragma warning disable CA2100 // identifiers from the EF model, values as parameters
        command.CommandText = $"{head}({string.Join(", ", names)});";
#pragma warning restore CA2100
        foreach (var row in rows)
        {
            // The type mapping converts each value as EF would (enums, instants as UTC ticks); the text stays the same, so
            // Microsoft.Data.Sqlite keeps the prepared statement and only binds the new values.
            command.Parameters.Clear();
            for (var c = 0; c < properties.Length; c++)
            {
                var value = properties[c].GetGetter().GetClrValueUsingContainingEntity(row);
                command.Parameters.Add(properties[c].GetRelationalTypeMapping().CreateParameter(command, names[c], value, properties[c].IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<ReviewRun> LoadAsync(RegistryDbContext db, ReviewRunRow row, CancellationToken cancellationToken)
    {
        var findings = await FindingsOf.For(db)(db, row.Id).ToListAsync(cancellationToken);
        return new ReviewRun
        {
            Id = row.Id,
            CaseId = row.CaseId,
            CaseNumber = row.CaseNumber,
            IdempotencyKey = row.IdempotencyKey,
            RequestName = row.RequestName,
            Stage = Enum.Parse<RuleStage>(row.Stage),
            Verdict = Enum.Parse<RuleSetVerdict>(row.Verdict),
            AutoApproved = row.AutoApproved,
            EvaluatedAt = row.EvaluatedAt,
            RuleSets = row.RuleSets.Length == 0 ? [] : row.RuleSets.Split(','),
            Findings = [.. findings.Select(f => new StoredFinding(f.UnitCode, new RuleFinding
            {
                RuleCode = f.RuleCode,
                Reference = f.Reference,
                RuleVersion = f.RuleVersion,
                RuleSet = f.RuleSet,
                RuleSetVersion = f.RuleSetVersion,
                Category = f.Category,
                Severity = Enum.Parse<RuleSeverity>(f.Severity),
                Outcome = Enum.Parse<RuleOutcome>(f.Outcome),
                NameZh = f.NameZh,
                MessageZh = f.MessageZh,
                MessageEn = f.MessageEn,
                Facts = JsonSerializer.Deserialize<List<FactValue>>(f.FactsJson) ?? [],
                Error = f.Error,
            }))],
        };
    }

    /// <summary>A review-run key this command looked up and did not find.</summary>
    private sealed record AbsentKey(string IdempotencyKey);
}
