using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Inspection;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Application.Review;
using Registry.Domain.Cases;
using Registry.Persistence.Cases;

namespace Registry.Persistence.SelfCheckRuns;

/// <summary>
/// Self-check runs and results in the registry database. A batch replaces its cases' results of the run's rule-set
/// version and stores the run's progress in one transaction, guarded by the run's lease (concurrency token).
/// </summary>
internal sealed class EfSelfCheckRunStore(IDbContextFactory<RegistryDbContext> contexts) : ISelfCheckRunStore
{
    private const string Completed = nameof(CaseStatus.Completed);
    private const string Running = nameof(SelfCheckRunStatus.Running);
    private const string Succeeded = nameof(SelfCheckRunStatus.Succeeded);

    public async Task<long> CountFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Finished(db, from, toExclusive).LongCountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, SelfCheckRunCursor? after, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Finished(db, from, toExclusive);
        if (after is not null)
        {
            var at = after.FinishedAt;
            var number = after.CaseNumber;
#pragma warning disable CA1309 // translated to SQL: case numbers are ASCII digits, so SQL comparison is ordinal
            query = query.Where(x => x.At > at || (x.At == at && string.Compare(x.CaseNumber, number) > 0));
#pragma warning restore CA1309
        }

        var rows = await query.OrderBy(x => x.At).ThenBy(x => x.CaseNumber).Take(take).ToListAsync(cancellationToken);
        return [.. rows.DistinctBy(r => r.CaseNumber, StringComparer.Ordinal).Select(r => new FinishedCaseRef(r.CaseNumber, r.BusinessType, r.At))];
    }

    public async Task<IReadOnlyList<RegistrationCase>> LoadCasesAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNumbers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var numbers = caseNumbers.ToList();
        var rows = await db.Set<CaseRow>().AsNoTracking().Where(c => numbers.Contains(c.CaseNumber)).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var parties = (await db.Set<CasePartyRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        var units = (await db.Set<CaseUnitRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        var materials = (await db.Set<CaseMaterialRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        var history = (await db.Set<CaseStatusChangeRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        return [.. rows.Select(r => CaseRowMapper.ToDomain(r, parties[r.Id], units[r.Id], materials[r.Id], history[r.Id]))];
    }

    public async Task AddAsync(SelfCheckRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = new SelfCheckRunRow
        {
            Id = run.Id,
            Trigger = run.Trigger.ToString(),
            StartedBy = run.StartedBy,
            StartedByName = run.StartedByName,
            RuleSetVersion = run.RuleSetVersion,
            Status = Running,
            CountsJson = "[]",
        };
        Copy(run, row);
        row.Status = Running;
        row.ActiveSlot = 1;
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new SelfCheckRunConflictException(await FindActiveAsync(cancellationToken) ?? throw new InvalidOperationException($"Self-check run {run.Id} could not be stored."));
        }
    }

    public async Task<SelfCheckRun?> TakeOverAsync(Guid runId, DateTimeOffset staleBefore, DateTimeOffset heartbeat, Guid lease, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<SelfCheckRunRow>().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (row is null || row.Status == Succeeded || (row.Status == Running && row.HeartbeatAt >= staleBefore))
        {
            return null;
        }

        row.Status = Running;
        row.ActiveSlot = 1;
        row.FailureReason = null;
        row.FinishedAt = null;
        row.HeartbeatAt = heartbeat;
        row.Lease = lease;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        catch (DbUpdateException)
        {
            throw new SelfCheckRunConflictException(await FindActiveAsync(cancellationToken) ?? throw new InvalidOperationException($"Self-check run {runId} could not be taken over."));
        }

        return ToRun(row);
    }

    public async Task SaveBatchAsync(SelfCheckRunBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var version = batch.Run.RuleSetVersion;
        var numbers = batch.Results.Select(r => r.CaseNumber).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Replace, never duplicate: the cases' earlier results of this rule-set version go first.
        await db.Set<SelfCheckFindingRow>().Where(f => f.RuleSetVersion == version && numbers.Contains(f.CaseNumber)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SelfCheckCaseResultRow>().Where(r => r.RuleSetVersion == version && numbers.Contains(r.CaseNumber)).ExecuteDeleteAsync(cancellationToken);
        foreach (var r in batch.Results)
        {
            db.Add(new SelfCheckCaseResultRow
            {
                CaseNumber = r.CaseNumber,
                RuleSetVersion = version,
                BusinessType = r.BusinessType,
                FinishedAt = r.FinishedAt,
                RunId = r.RunId,
                CheckedAt = r.CheckedAt,
                Skipped = r.Skipped,
                FindingCount = r.Findings.Count,
            });
            db.AddRange(r.Findings.Select((f, i) => new SelfCheckFindingRow
            {
                CaseNumber = r.CaseNumber,
                RuleSetVersion = version,
                Ordinal = i,
                RuleSet = f.RuleSet,
                RuleCode = f.RuleCode,
                RuleVersion = f.RuleVersion,
                Reference = f.Reference,
                Category = f.Category,
                Severity = f.Severity.ToString(),
                Outcome = f.Outcome.ToString(),
                NameZh = f.NameZh,
                MessageZh = f.MessageZh,
                MessageEn = f.MessageEn,
                Error = f.Error,
            }));
        }

        Attach(db, batch.Run);
        await SaveGuardedAsync(db, batch.Run, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task FinishAsync(SelfCheckRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = Attach(db, run);
        row.ActiveSlot = null;
        await SaveGuardedAsync(db, run, cancellationToken);
    }

    public async Task<SelfCheckRun?> FindAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<SelfCheckRunRow>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return row is null ? null : ToRun(row);
    }

    public async Task<IReadOnlyList<SelfCheckRun>> ListAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SelfCheckRunRow>().AsNoTracking().OrderByDescending(r => r.StartedAt).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(ToRun)];
    }

    public async Task<SelfCheckRun?> FindActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<SelfCheckRunRow>().AsNoTracking().FirstOrDefaultAsync(r => r.ActiveSlot != null, cancellationToken);
        return row is null ? null : ToRun(row);
    }

    public async Task<SelfCheckRun?> LastSucceededAsync(SelfCheckRunTrigger trigger, CancellationToken cancellationToken = default)
    {
        var name = trigger.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<SelfCheckRunRow>().AsNoTracking()
            .Where(r => r.Trigger == name && r.Status == Succeeded)
            .OrderByDescending(r => r.RangeTo)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToRun(row);
    }

    public async Task<IReadOnlyList<SelfCheckCaseResult>> ListFailingAsync(string ruleSetVersion, DateTimeOffset from, DateTimeOffset toExclusive, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SelfCheckCaseResultRow>().AsNoTracking()
            .Where(r => r.RuleSetVersion == ruleSetVersion && r.FinishedAt >= from && r.FinishedAt < toExclusive && r.FindingCount > 0)
            .OrderBy(r => r.CaseNumber)
            .Take(take)
            .ToListAsync(cancellationToken);
        return await WithFindingsAsync(db, rows, cancellationToken);
    }

    public async Task<IReadOnlyList<SelfCheckCaseResult>> ListCaseResultsAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SelfCheckCaseResultRow>().AsNoTracking().Where(r => r.CaseNumber == caseNumber).ToListAsync(cancellationToken);
        return await WithFindingsAsync(db, rows, cancellationToken);
    }

    private static IQueryable<FinishedRow> Finished(RegistryDbContext db, DateTimeOffset start, DateTimeOffset toExclusive) =>
        from h in db.Set<CaseStatusChangeRow>()
        where h.ToStatus == Completed && h.At >= start && h.At < toExclusive
        join c in db.Set<CaseRow>() on h.CaseId equals c.Id
        where c.Status == Completed
        select new FinishedRow { CaseNumber = c.CaseNumber, BusinessType = c.BusinessType, At = h.At };

    private static async Task<IReadOnlyList<SelfCheckCaseResult>> WithFindingsAsync(RegistryDbContext db, List<SelfCheckCaseResultRow> rows, CancellationToken cancellationToken)
    {
        var numbers = rows.Select(r => r.CaseNumber).Distinct(StringComparer.Ordinal).ToList();
        var versions = rows.Select(r => r.RuleSetVersion).Distinct(StringComparer.Ordinal).ToList();
        var findings = (await db.Set<SelfCheckFindingRow>().AsNoTracking()
            .Where(f => numbers.Contains(f.CaseNumber) && versions.Contains(f.RuleSetVersion))
            .ToListAsync(cancellationToken)).ToLookup(f => (f.CaseNumber, f.RuleSetVersion));
        return [.. rows.Select(r => new SelfCheckCaseResult(r.CaseNumber, r.BusinessType, r.FinishedAt, r.RuleSetVersion, r.RunId, r.CheckedAt, r.Skipped,
            [.. findings[(r.CaseNumber, r.RuleSetVersion)].OrderBy(f => f.Ordinal).Select(f => new SelfCheckStoredFinding(
                f.RuleSet, f.RuleCode, f.RuleVersion, f.Reference, f.Category, Enum.Parse<RuleSeverity>(f.Severity), Enum.Parse<RuleOutcome>(f.Outcome),
                f.NameZh, f.MessageZh, f.MessageEn, f.Error))]))];
    }

    /// <summary>Attaches the run's row as unchanged with its lease as the original value, then marks the progress columns modified.</summary>
    private static SelfCheckRunRow Attach(RegistryDbContext db, SelfCheckRun run)
    {
        var row = new SelfCheckRunRow
        {
            Id = run.Id,
            Trigger = run.Trigger.ToString(),
            StartedBy = run.StartedBy,
            StartedByName = run.StartedByName,
            RuleSetVersion = run.RuleSetVersion,
            Status = Running,
            CountsJson = "[]",
            Lease = run.Lease,
            ActiveSlot = 1,
        };
        var entry = db.Attach(row);
        Copy(run, row);
        foreach (var property in (string[])[nameof(row.Status), nameof(row.FailureReason), nameof(row.HeartbeatAt), nameof(row.FinishedAt),
            nameof(row.CheckedCases), nameof(row.CasesWithFindings), nameof(row.SkippedCases), nameof(row.CountsJson), nameof(row.CursorAt), nameof(row.CursorCase), nameof(row.ActiveSlot)])
        {
            entry.Property(property).IsModified = true;
        }

        return row;
    }

    private async Task SaveGuardedAsync(RegistryDbContext db, SelfCheckRun run, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new SelfCheckRunConflictException(await FindAsync(run.Id, CancellationToken.None) ?? run);
        }
    }

    private static void Copy(SelfCheckRun run, SelfCheckRunRow row)
    {
        row.RangeFrom = run.From;
        row.RangeTo = run.ToExclusive;
        row.Lease = run.Lease;
        row.Status = run.Status.ToString();
        row.FailureReason = run.FailureReason is { Length: > 2000 } reason ? reason[..2000] : run.FailureReason;
        row.StartedAt = run.StartedAt;
        row.HeartbeatAt = run.HeartbeatAt;
        row.FinishedAt = run.FinishedAt;
        row.TotalCases = run.TotalCases;
        row.CheckedCases = run.CheckedCases;
        row.CasesWithFindings = run.CasesWithFindings;
        row.SkippedCases = run.SkippedCases;
        row.CountsJson = JsonSerializer.Serialize(run.Counts);
        row.CursorAt = run.Cursor?.FinishedAt;
        row.CursorCase = run.Cursor?.CaseNumber;
    }

    private static SelfCheckRun ToRun(SelfCheckRunRow r) => new()
    {
        Id = r.Id,
        Trigger = Enum.Parse<SelfCheckRunTrigger>(r.Trigger),
        StartedBy = r.StartedBy,
        StartedByName = r.StartedByName,
        From = r.RangeFrom,
        ToExclusive = r.RangeTo,
        RuleSetVersion = r.RuleSetVersion,
        Lease = r.Lease,
        Status = Enum.Parse<SelfCheckRunStatus>(r.Status),
        FailureReason = r.FailureReason,
        StartedAt = r.StartedAt,
        HeartbeatAt = r.HeartbeatAt,
        FinishedAt = r.FinishedAt,
        TotalCases = r.TotalCases,
        CheckedCases = r.CheckedCases,
        CasesWithFindings = r.CasesWithFindings,
        SkippedCases = r.SkippedCases,
        Counts = JsonSerializer.Deserialize<List<SelfCheckRunCount>>(r.CountsJson) ?? [],
        Cursor = (r.CursorAt is { } at && r.CursorCase is { } number) ? new SelfCheckRunCursor(at, number) : null,
    };

    private sealed class FinishedRow
    {
        public required string CaseNumber { get; init; }

        public required string BusinessType { get; init; }

        public DateTimeOffset At { get; init; }
    }
}
