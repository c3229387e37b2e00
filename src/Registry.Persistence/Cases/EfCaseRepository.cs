using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Cases;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Persistence.Cases;

/// <summary>
/// Stores cases in their own short-lived contexts (so a streamed read and the register reads of a self-check do not
/// share one context). An update replaces the case's materials and history rows and bumps the version in one
/// transaction, guarded by the version token: of two concurrent updates exactly one wins.
/// </summary>
internal sealed class EfCaseRepository(IDbContextFactory<RegistryDbContext> contexts) : ICaseRepository
{
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
    }

    public async Task<RegistrationCase?> FindAsync(CaseNumber number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CaseRow>().AsNoTracking().SingleOrDefaultAsync(c => c.CaseNumber == number.Value, cancellationToken);
        return row is null ? null : await LoadAsync(db, row, cancellationToken);
    }

    public async Task<RegistrationCase?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CaseRow>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : await LoadAsync(db, row, cancellationToken);
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
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
            var row = await db.Set<CaseRow>().SingleOrDefaultAsync(c => c.Id == registrationCase.Id, cancellationToken)
                ?? throw new DomainValidationException("caseNumber", $"case {number} does not exist");
            if (row.Version != registrationCase.Version)
            {
                throw CaseConcurrencyException.ForCase(number);
            }

            CaseRowMapper.CopyMutable(registrationCase, row);
            row.Version = registrationCase.Version + 1;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw CaseConcurrencyException.ForCase(number, ex);
            }

            // Materials and history only grow, but rewriting them keeps the ordinals exact; parties and units never change.
            await db.Set<CaseMaterialRow>().Where(m => m.CaseId == row.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<CaseStatusChangeRow>().Where(h => h.CaseId == row.Id).ExecuteDeleteAsync(cancellationToken);
            var open = registrationCase.IsOpen;
            await db.Set<CaseUnitRow>().Where(u => u.CaseId == row.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsOpen, open), cancellationToken);
            db.Set<CaseMaterialRow>().AddRange(CaseRowMapper.MaterialRows(registrationCase));
            db.Set<CaseStatusChangeRow>().AddRange(CaseRowMapper.HistoryRows(registrationCase));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        registrationCase.MarkSaved(registrationCase.Version + 1);
    }

    public async Task<IReadOnlyList<OpenCaseSummary>> FindOpenOnUnitAsync(UnitCode unitCode, CaseNumber? excluding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var except = excluding?.Value ?? string.Empty;
        var rows = await (
            from u in db.Set<CaseUnitRow>()
            join c in db.Set<CaseRow>() on u.CaseId equals c.Id
            where u.UnitCode == unitCode.Value && u.IsOpen && c.CaseNumber != except
            select new { c.CaseNumber, c.BusinessType, c.AcceptedAt, c.Status })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
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

            var ids = rows.Select(r => r.Id).ToList();
            var parties = (await db.Set<CasePartyRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
            var units = (await db.Set<CaseUnitRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
            var materials = (await db.Set<CaseMaterialRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
            var history = (await db.Set<CaseStatusChangeRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(cancellationToken)).ToLookup(p => p.CaseId);
            foreach (var row in rows)
            {
                yield return CaseRowMapper.ToDomain(row, parties[row.Id], units[row.Id], materials[row.Id], history[row.Id]);
            }

            after = rows[^1].CaseNumber;
        }
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

    private static async Task<RegistrationCase> LoadAsync(RegistryDbContext db, CaseRow row, CancellationToken cancellationToken)
    {
        var parties = await db.Set<CasePartyRow>().AsNoTracking().Where(p => p.CaseId == row.Id).ToListAsync(cancellationToken);
        var units = await db.Set<CaseUnitRow>().AsNoTracking().Where(p => p.CaseId == row.Id).ToListAsync(cancellationToken);
        var materials = await db.Set<CaseMaterialRow>().AsNoTracking().Where(p => p.CaseId == row.Id).ToListAsync(cancellationToken);
        var history = await db.Set<CaseStatusChangeRow>().AsNoTracking().Where(p => p.CaseId == row.Id).ToListAsync(cancellationToken);
        return CaseRowMapper.ToDomain(row, parties, units, materials, history);
    }
}
