using Microsoft.EntityFrameworkCore;
using Registry.Application.Register;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Persistence.Ledger;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Register;

/// <summary>
/// Stores register aggregates in the scoped <see cref="RegistryDbContext"/>: inserts appended entries,
/// sets ClosedAt/ClosedBy on closed ones and bumps the unit's version in one SaveChanges, guarded by the
/// version token so exactly one of two concurrent writers wins. Every appended and closed entry is also linked into the
/// register ledger (<see cref="RegisterLedgerChain"/>) in the same SaveChanges. Inside a case command a unit's rows are read
/// once and kept in the command's cache (<see cref="Transactions.CommandScope.Cache"/>) until this repository writes that
/// unit: the review's facts and the booking that follows in the same command read the register once (the command holds
/// the write lock on SQLite; on a server the version token still catches a writer in between).
/// </summary>
internal sealed class EfRegisterRepository(RegistryDbContext db, RegisterLedgerChain chain, Transactions.AmbientCommand? ambient = null) : IRegisterRepository
{
    // Compiled once: every review and booking reads a unit with these three statements (see EfCaseRepository).
    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<UnitRow?>>> UnitOf = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string code, CancellationToken _) => db.Units.AsNoTracking().SingleOrDefault(u => u.Code == code)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, IAsyncEnumerable<RegisterEntryRow>>> EntriesOf = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string code) => db.Entries.AsNoTracking().Where(e => e.UnitCode == code)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, IAsyncEnumerable<RightHolderRow>>> HoldersOf = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string code) => db.Holders.AsNoTracking().Where(h => h.UnitCode == code)));

    public async Task<UnitRegister?> FindAsync(UnitCode unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        var key = new UnitKey(unitCode.Value);
        if (ambient?.Current is { } scope && scope.Cache.TryGetValue(key, out var hit))
        {
            var cached = (Stored)hit;
            return RegisterRowMapper.ToDomain(cached.Unit, cached.Entries, cached.Holders);
        }

        var unit = await UnitOf.For(db)(db, unitCode.Value, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var entries = await EntriesOf.For(db)(db, unitCode.Value).ToListAsync(cancellationToken);
        var holders = (await HoldersOf.For(db)(db, unitCode.Value).ToListAsync(cancellationToken)).ToLookup(h => h.EntryId);
        if (ambient?.Current is { } current)
        {
            current.Cache[key] = new Stored(unit, entries, holders);
        }

        return RegisterRowMapper.ToDomain(unit, entries, holders);
    }

    public async Task AddAsync(UnitRegister register, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(register);
        var code = register.Unit.Code.Value;
        if (await db.Units.AnyAsync(u => u.Code == code, cancellationToken))
        {
            throw new DomainValidationException("unitCode", $"unit {code} is already in the register");
        }

        db.Units.Add(RegisterRowMapper.ToRow(register.Unit, version: 1));
        var linker = chain.From(await RegisterLedgerChain.ReadHeadAsync(db, cancellationToken));
        AddEntries(register.AppendedEntries, code, linker);
        await SaveAsync(code, cancellationToken);
        register.MarkSaved(1);
    }

    public async Task SaveAsync(UnitRegister register, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (register.Version == 0)
        {
            throw new InvalidOperationException("A new register is stored with AddAsync.");
        }

        var code = register.Unit.Code.Value;
        var unit = RegisterRowMapper.ToRow(register.Unit, register.Version);
        db.Units.Attach(unit);
        unit.Version = register.Version + 1;

        var linker = chain.From(await RegisterLedgerChain.ReadHeadAsync(db, cancellationToken));
        foreach (var closed in register.ClosedEntries)
        {
            var stub = new RegisterEntryRow { Id = closed.Id, UnitCode = code, Kind = closed.Kind.ToString(), CaseNumber = closed.CaseNumber.Value };
            db.Entries.Attach(stub);
            stub.ClosedAt = closed.ClosedAt;
            stub.ClosedByCaseNumber = closed.ClosedByCaseNumber?.Value;
            db.Add(linker.Closed(closed.Id, stub.ClosedAt, stub.ClosedByCaseNumber));
        }

        AddEntries(register.AppendedEntries, code, linker);
        await SaveAsync(code, cancellationToken);
        register.MarkSaved(register.Version + 1);
    }

    private void AddEntries(IEnumerable<RegisterEntry> entries, string code, RegisterLedgerChain.Linker linker)
    {
        foreach (var entry in entries)
        {
            var row = RegisterRowMapper.ToRow(entry, code);
            var holders = RegisterRowMapper.HolderRows(entry, code).ToList();
            db.Entries.Add(row);
            db.Holders.AddRange(holders);
            db.Add(linker.Appended(row, holders));

            // An entry appended closed (history) is linked closed too, as the bulk loader links it.
            if (row.ClosedAt is not null)
            {
                db.Add(linker.Closed(row.Id, row.ClosedAt, row.ClosedByCaseNumber));
            }
        }
    }

    private async Task SaveAsync(string code, CancellationToken cancellationToken)
    {
        // Whatever happens next, the rows kept for this unit are no longer what is stored.
        ambient?.Current?.Cache.Remove(new UnitKey(code));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw RegisterConcurrencyException.ForUnit(code, ex);
        }
        catch (DbUpdateException ex) when (Notifications.OutboxWriter.IsUniqueViolation(ex) && ex.Entries.Any(e => e.Entity is RegisterLedgerRow))
        {
            // Another writer took the same ledger position (server databases): run the command again on the new head.
            throw RegisterConcurrencyException.ForUnit(code, ex);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private sealed record UnitKey(string Code);

    /// <summary>A unit's rows as read (kept per command; never attached to a context).</summary>
    private sealed record Stored(UnitRow Unit, List<RegisterEntryRow> Entries, ILookup<Guid, RightHolderRow> Holders);
}
