using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Cases;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Persistence.Cases;

/// <summary>
/// Stores cases in their own short-lived contexts (so a streamed read and the register reads of a self-check do not
/// share one context). An update writes only what changed — the case row's changed columns and version, the material
/// rows that differ, the history rows appended, the units' open flag when it flips — in one transaction, guarded by the
/// version token: of two concurrent updates exactly one wins. Inside a case command the rows read or written are kept in
/// the command's cache (<see cref="Transactions.CommandScope.Cache"/>), so the case is read from the database once per
/// command however many steps ask for it, and an update compares against what the command already holds.
/// </summary>
internal sealed class EfCaseRepository(IDbContextFactory<RegistryDbContext> contexts, Transactions.AmbientCommand? ambient = null) : ICaseRepository
{
    /// <summary>Cases whose committed rows this node keeps (<see cref="_committed"/>); past it, the lot is dropped.</summary>
    internal const int CommittedCapacity = 5_000;

    // The rows of cases as committed, by id, from this node's reads and commits. A read still reads the case row; when
    // its version is the kept one, the parties, units, materials and history kept with it are those rows (they change
    // only through UpdateAsync, which moves the version in the same transaction), so four statements are saved. Rows a
    // command read or wrote are kept only once it commits, never from a rolled-back command or step.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Stored> _committed = new();

    // Compiled once: a case command reads a case with these five statements, and EF's per-call work on a LINQ query
    // (parameter extraction, the query cache's key hashing) cost more than SQLite's execution of them (profiled).
    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<CaseRow?>>> RowByNumber = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string number, CancellationToken _) => db.Set<CaseRow>().AsNoTracking().SingleOrDefault(c => c.CaseNumber == number)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, Guid, CancellationToken, Task<CaseRow?>>> RowById = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, Guid id, CancellationToken _) => db.Set<CaseRow>().AsNoTracking().SingleOrDefault(c => c.Id == id)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, Guid, IAsyncEnumerable<CasePartyRow>>> PartiesOf = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, Guid, CasePartyRow>((RegistryDbContext db, Guid id) => db.Set<CasePartyRow>().AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Ordinal)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, Guid, IAsyncEnumerable<CaseUnitRow>>> UnitsOf = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, Guid, CaseUnitRow>((RegistryDbContext db, Guid id) => db.Set<CaseUnitRow>().AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Ordinal)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, Guid, IAsyncEnumerable<CaseMaterialRow>>> MaterialsOf = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, Guid, CaseMaterialRow>((RegistryDbContext db, Guid id) => db.Set<CaseMaterialRow>().AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Ordinal)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, Guid, IAsyncEnumerable<CaseStatusChangeRow>>> HistoryOf = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, Guid, CaseStatusChangeRow>((RegistryDbContext db, Guid id) => db.Set<CaseStatusChangeRow>().AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Ordinal)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, string, IAsyncEnumerable<OpenOnUnitRow>>> OpenOnUnit = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, string, string, OpenOnUnitRow>((RegistryDbContext db, string unit, string except) =>
            from u in db.Set<CaseUnitRow>()
            join c in db.Set<CaseRow>() on u.CaseId equals c.Id
            where u.UnitCode == unit && u.IsOpen && c.CaseNumber != except
            select new OpenOnUnitRow(c.CaseNumber, c.BusinessType, c.AcceptedAt, c.Status)));

    public async Task AddAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var number = registrationCase.Number.Value;
        if (await db.Set<CaseRow>().AnyAsync(c => c.CaseNumber == number || c.Id == registrationCase.Id, cancellationToken))
        {
            throw new DomainValidationException("caseNumber", $"case {number} already exists");
        }

        Add(db, registrationCase, version: 1);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // A concurrent acceptance took the number between the check and the insert.
            throw new DomainValidationException($"caseNumber: case {number} already exists", ex);
        }

        registrationCase.MarkSaved(1);
        Keep(Remember(AsRead(db, new Stored(CaseRowMapper.ToRow(registrationCase, 1), [.. CaseRowMapper.PartyRows(registrationCase)], [.. CaseRowMapper.UnitRows(registrationCase)], [.. CaseRowMapper.MaterialRows(registrationCase)], [.. CaseRowMapper.HistoryRows(registrationCase)]))));
    }

    public async Task<RegistrationCase?> FindAsync(CaseNumber number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (Cached(number.Value) is { } hit)
        {
            return hit.ToDomain();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await RowByNumber.For(db)(db, number.Value, cancellationToken);
        return row is null ? null : Remember(await ReadAsync(db, row, cancellationToken)).ToDomain();
    }

    public async Task<RegistrationCase?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (Cached(id) is { } hit)
        {
            return hit.ToDomain();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await RowById.For(db)(db, id, cancellationToken);
        return row is null ? null : Remember(await ReadAsync(db, row, cancellationToken)).ToDomain();
    }

    public async Task UpdateAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        if (registrationCase.Version == 0)
        {
            throw new InvalidOperationException("A new case is stored with AddAsync.");
        }

        var number = registrationCase.Number.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        var saved = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
            db.ChangeTracker.Clear();
            var stored = Cached(registrationCase.Id)
                ?? await FindStoredAsync(db, registrationCase.Id, cancellationToken)
                ?? throw new DomainValidationException("caseNumber", $"case {number} does not exist");
            if (stored.Row.Version != registrationCase.Version)
            {
                throw CaseConcurrencyException.ForCase(number);
            }

            // The row as stored, attached unchanged: EF writes only the columns that differ, and the version token's
            // original value goes into the WHERE clause (a concurrent writer's bump makes it match no row).
            var row = stored.Row.Copy();
            db.Set<CaseRow>().Attach(row);
            CaseRowMapper.CopyMutable(registrationCase, row);
            row.Version = registrationCase.Version + 1;

            var materials = CaseRowMapper.MaterialRows(registrationCase).ToList();
            var history = CaseRowMapper.HistoryRows(registrationCase).ToList();
            WriteDifferences(db, stored.Materials, materials, SameMaterial);
            WriteDifferences(db, stored.History, history, SameChange); // history only grows: normally appends only
            var open = registrationCase.IsOpen;
            var units = stored.Units;
            if (units.Any(u => u.IsOpen != open))
            {
                units = [.. units.Select(u => new CaseUnitRow { CaseId = u.CaseId, Ordinal = u.Ordinal, UnitCode = u.UnitCode, IsOpen = open })];
                db.Set<CaseUnitRow>().UpdateRange(units);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw CaseConcurrencyException.ForCase(number, ex);
            }

            await transaction.CommitAsync(cancellationToken);
            return AsRead(db, new Stored(row.Copy(), stored.Parties, units, materials, history));
        });
        registrationCase.MarkSaved(registrationCase.Version + 1);
        Keep(Remember(saved));
    }

    public async Task<IReadOnlyList<OpenCaseSummary>> FindOpenOnUnitAsync(UnitCode unitCode, CaseNumber? excluding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var except = excluding?.Value ?? string.Empty;
        var rows = await OpenOnUnit.For(db)(db, unitCode.Value, except).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.AcceptedAt).ThenBy(r => r.CaseNumber, StringComparer.Ordinal)
            .Select(r => new OpenCaseSummary(r.CaseNumber, r.BusinessType, r.AcceptedAt, Enum.Parse<CaseStatus>(r.Status)))];
    }

    public async IAsyncEnumerable<RegistrationCase> StreamFinishedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Pages by case number, each page in its own context: bounded memory and no long-held reader.
        const int page = 500;
        var after = string.Empty;
        var completed = nameof(CaseStatus.Completed);
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
#pragma warning disable CA1309 // translated to SQL: case numbers are ASCII digits, so SQL comparison is ordinal
            var rows = await db.Set<CaseRow>().AsNoTracking()
                .Where(c => c.Status == completed && string.Compare(c.CaseNumber, after) > 0)
#pragma warning restore CA1309
                .OrderBy(c => c.CaseNumber)
                .Take(page)
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                yield break;
            }

            foreach (var c in await ToDomainAsync(db, rows, cancellationToken))
            {
                yield return c;
            }

            after = rows[^1].CaseNumber;
        }
    }

    public async Task<IReadOnlyList<RegistrationCase>> FindLastFinishedAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var completed = nameof(CaseStatus.Completed);

        // Newest moves to Completed first, through the (ToStatus, At) index on status moves: only `count` rows are read,
        // however many cases have finished. A case still Completed now (the join) counts once.
        var last = await (
            from h in db.Set<CaseStatusChangeRow>()
            where h.ToStatus == completed
            join c in db.Set<CaseRow>() on h.CaseId equals c.Id
            where c.Status == completed
            orderby h.At descending, c.CaseNumber descending
            select new { h.CaseId, h.At })
            .Take(count)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var order = last.Select(x => x.CaseId).Distinct().ToList();
        var result = new List<RegistrationCase>(order.Count);
        foreach (var chunk in order.Chunk(500))
        {
            var ids = chunk.ToList();
            var rows = await db.Set<CaseRow>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
            result.AddRange(await ToDomainAsync(db, rows, cancellationToken));
        }

        var position = order.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. result.OrderBy(c => position[c.Id])];
    }

    // The cases of `rows` with their children, four queries for the lot.
    private static async Task<List<RegistrationCase>> ToDomainAsync(RegistryDbContext db, List<CaseRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var parties = (await db.Set<CasePartyRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        var units = (await db.Set<CaseUnitRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        var materials = (await db.Set<CaseMaterialRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        var history = (await db.Set<CaseStatusChangeRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
        return [.. rows.Select(row => CaseRowMapper.ToDomain(row, parties[row.Id], units[row.Id], materials[row.Id], history[row.Id]))];
    }

    /// <summary>Adds the rows of a case to <paramref name="db"/> without saving (also used by the demo seeding).</summary>
    internal static void Add(RegistryDbContext db, RegistrationCase c, long version)
    {
        db.Set<CaseRow>().Add(CaseRowMapper.ToRow(c, version));
        db.Set<CasePartyRow>().AddRange(CaseRowMapper.PartyRows(c));
        db.Set<CaseUnitRow>().AddRange(CaseRowMapper.UnitRows(c));
        db.Set<CaseMaterialRow>().AddRange(CaseRowMapper.MaterialRows(c));
        db.Set<CaseStatusChangeRow>().AddRange(CaseRowMapper.HistoryRows(c));
    }

    private async Task<Stored?> FindStoredAsync(RegistryDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var row = await RowById.For(db)(db, id, cancellationToken);
        return row is null ? null : await ReadAsync(db, row, cancellationToken);
    }

    /// <summary>The case of <paramref name="row"/> with its children: those kept for the row's version, or read.</summary>
    private async Task<Stored> ReadAsync(RegistryDbContext db, CaseRow row, CancellationToken cancellationToken)
    {
        if (_committed.TryGetValue(row.Id, out var known) && known.Row.Version == row.Version)
        {
            return known with { Row = row };
        }

        return Keep(await LoadAsync(db, row, cancellationToken));
    }

    /// <summary>Keeps <paramref name="stored"/> as committed: now outside a command, when the command commits inside one.</summary>
    private Stored Keep(Stored stored)
    {
        var id = stored.Row.Id;
        void Now()
        {
            if (_committed.Count >= CommittedCapacity && !_committed.ContainsKey(id))
            {
                _committed.Clear();
            }

            _committed[id] = stored;
        }

        if (ambient?.Current is { } scope)
        {
            scope.AfterCommit(Now);
            scope.AfterRollback(() => _committed.TryRemove(id, out _));
        }
        else
        {
            Now();
        }

        return stored;
    }

    private static async Task<Stored> LoadAsync(RegistryDbContext db, CaseRow row, CancellationToken cancellationToken)
    {
        var parties = await PartiesOf.For(db)(db, row.Id).ToListAsync(cancellationToken);
        var units = await UnitsOf.For(db)(db, row.Id).ToListAsync(cancellationToken);
        var materials = await MaterialsOf.For(db)(db, row.Id).ToListAsync(cancellationToken);
        var history = await HistoryOf.For(db)(db, row.Id).ToListAsync(cancellationToken);
        return new Stored(row, parties, units, materials, history);
    }

    /// <summary>
    /// Brings the rows of one child table from <paramref name="stored"/> to <paramref name="wanted"/> by ordinal: a row
    /// that differs is updated, a new ordinal inserted, a missing one deleted, an equal one left alone.
    /// </summary>
    private static void WriteDifferences<T>(RegistryDbContext db, IReadOnlyList<T> stored, IReadOnlyList<T> wanted, Func<T, T, bool> same)
        where T : class
    {
        for (var i = 0; i < Math.Max(stored.Count, wanted.Count); i++)
        {
            if (i >= wanted.Count)
            {
                db.Set<T>().Remove(stored[i]);
            }
            else if (i >= stored.Count)
            {
                db.Set<T>().Add(wanted[i]);
            }
            else if (!same(stored[i], wanted[i]))
            {
                db.Set<T>().Update(wanted[i]);
            }
        }
    }

    // Instants compare equal across offsets: SQLite keeps UTC ticks, so a value read back is the same instant at +00:00.
    private static bool SameMaterial(CaseMaterialRow a, CaseMaterialRow b) =>
        a.Ordinal == b.Ordinal && a.Code == b.Code && a.Pages == b.Pages && a.ProvidedBy == b.ProvidedBy
        && a.ReceivedAt == b.ReceivedAt && a.ViaDataSharing == b.ViaDataSharing;

    private static bool SameChange(CaseStatusChangeRow a, CaseStatusChangeRow b) =>
        a.Ordinal == b.Ordinal && a.FromStatus == b.FromStatus && a.ToStatus == b.ToStatus && a.At == b.At
        && a.Actor == b.Actor && a.Reason == b.Reason;

    /// <summary>
    /// The rows as a read would return them: SQLite keeps instants as UTC ticks (<see cref="UtcTicksConverter"/>), so a
    /// cached case carries its instants at +00:00 exactly as one loaded from the file; SQL Server keeps the offset.
    /// PostgreSQL keeps microseconds: a kept case may carry the instants its command wrote to the 100 ns, which compare
    /// equal to the command's own domain objects (rounding them here would make a second update in one command rewrite
    /// the rows it appended) and differ from a fresh read by less than a microsecond.
    /// </summary>
    private static Stored AsRead(RegistryDbContext db, Stored stored)
    {
        if (!db.Database.IsSqlite())
        {
            return stored;
        }

        var row = stored.Row.Copy();
        row.AcceptedAt = row.AcceptedAt.ToUniversalTime();
        row.ReportedAt = row.ReportedAt?.ToUniversalTime();
        row.ReportAcknowledgedAt = row.ReportAcknowledgedAt?.ToUniversalTime();
        return stored with
        {
            Row = row,
            Materials = [.. stored.Materials.Select(m => new CaseMaterialRow { CaseId = m.CaseId, Ordinal = m.Ordinal, Code = m.Code, Pages = m.Pages, ProvidedBy = m.ProvidedBy, ReceivedAt = m.ReceivedAt.ToUniversalTime(), ViaDataSharing = m.ViaDataSharing })],
            History = [.. stored.History.Select(h => new CaseStatusChangeRow { CaseId = h.CaseId, Ordinal = h.Ordinal, FromStatus = h.FromStatus, ToStatus = h.ToStatus, At = h.At.ToUniversalTime(), Actor = h.Actor, Reason = h.Reason })],
        };
    }

    private Stored? Cached(string number) =>
        ambient?.Current is { } scope && scope.Cache.TryGetValue(new NumberKey(number), out var hit) ? (Stored)hit : null;

    private Stored? Cached(Guid id) =>
        ambient?.Current is { } scope && scope.Cache.TryGetValue(new IdKey(id), out var hit) ? (Stored)hit : null;

    private Stored Remember(Stored stored)
    {
        if (ambient?.Current is { } scope)
        {
            scope.Cache[new NumberKey(stored.Row.CaseNumber)] = stored;
            scope.Cache[new IdKey(stored.Row.Id)] = stored;
        }

        return stored;
    }

    private sealed record NumberKey(string Number);

    private sealed record OpenOnUnitRow(string CaseNumber, string BusinessType, DateTimeOffset AcceptedAt, string Status);

    private sealed record IdKey(Guid Id);

    /// <summary>A case's rows as stored (kept per command; never attached to a context, never handed out).</summary>
    private sealed record Stored(CaseRow Row, IReadOnlyList<CasePartyRow> Parties, IReadOnlyList<CaseUnitRow> Units, IReadOnlyList<CaseMaterialRow> Materials, IReadOnlyList<CaseStatusChangeRow> History)
    {
        public RegistrationCase ToDomain() => CaseRowMapper.ToDomain(Row, Parties, Units, Materials, History);
    }
}
