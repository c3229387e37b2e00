using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Review;
using Registry.Workflows.Ports;

namespace Registry.Persistence.Cases;

/// <summary>
/// Stores review runs and their findings with the case: one row a run, its findings in one JSON column
/// (<see cref="FindingsJson"/>). The idempotency key is unique in the table: a repeated key stores nothing and returns the
/// stored run, also when two calls race. Inside a
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
            FindingsJson = FindingsJson.Write(run.Findings),
        });
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
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

    private static async Task<ReviewRun> LoadAsync(RegistryDbContext db, ReviewRunRow row, CancellationToken cancellationToken)
    {
        var findings = row.FindingsJson is { } json ? FindingsJson.Read(json, row.Id) : await ReadFindingRowsAsync(db, row.Id, cancellationToken);
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
            Findings = findings,
        };
    }

    /// <summary>Findings of a run stored before <c>ReviewRuns.FindingsJson</c> existed: a row each in <c>RuleFindings</c>.</summary>
    private static async Task<IReadOnlyList<StoredFinding>> ReadFindingRowsAsync(RegistryDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var rows = await FindingsOf.For(db)(db, runId).ToListAsync(cancellationToken);
        return [.. rows.Select(f => new StoredFinding(f.UnitCode, new RuleFinding
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
        }))];
    }

    /// <summary>A review-run key this command looked up and did not find.</summary>
    private sealed record AbsentKey(string IdempotencyKey);
}
