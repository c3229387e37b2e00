using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Registry.Domain.Register;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Register;

/// <summary>
/// Writes a stream of register aggregates straight to the tables in batches, one transaction per batch.
/// Used for the demo data on first run and the benchmark generator; memory stays bounded by the batch. Each entry is
/// linked into the register ledger as it is written (appended, then closed for a history entry).
/// </summary>
internal sealed class RegisterBulkLoader(RegistryDbContext db, Ledger.RegisterLedgerChain chain)
{
    public async Task<BulkLoadResult> LoadAsync(IEnumerable<UnitRegister> registers, int batchSize = 5_000, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var stopwatch = Stopwatch.StartNew();
        long units = 0, entries = 0, holders = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The head is read before the batches' raw transactions start (EF's context does not know them).
            var linker = chain.From(await Ledger.RegisterLedgerChain.ReadHeadAsync(db, cancellationToken));
            var connection = db.Database.GetDbConnection();
            DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            using var unitWriter = new RowBulkWriter<UnitRow>(db, connection, transaction);
            using var entryWriter = new RowBulkWriter<RegisterEntryRow>(db, connection, transaction);
            using var holderWriter = new RowBulkWriter<RightHolderRow>(db, connection, transaction);
            using var ledgerWriter = new RowBulkWriter<Ledger.RegisterLedgerRow>(db, connection, transaction);
            try
            {
                foreach (var register in registers)
                {
                    var code = register.Unit.Code.Value;
                    await unitWriter.WriteAsync(RegisterRowMapper.ToRow(register.Unit, version: 1), cancellationToken);
                    foreach (var entry in register.Entries)
                    {
                        var row = RegisterRowMapper.ToRow(entry, code);
                        await entryWriter.WriteAsync(row, cancellationToken);
                        entries++;
                        var holderRows = RegisterRowMapper.HolderRows(entry, code).ToList();
                        foreach (var holder in holderRows)
                        {
                            await holderWriter.WriteAsync(holder, cancellationToken);
                            holders++;
                        }

                        await ledgerWriter.WriteAsync(linker.Appended(row, holderRows), cancellationToken);
                        if (row.ClosedAt is not null)
                        {
                            await ledgerWriter.WriteAsync(linker.Closed(row.Id, row.ClosedAt, row.ClosedByCaseNumber), cancellationToken);
                        }
                    }

                    units++;
                    if (units % batchSize == 0)
                    {
                        await transaction.CommitAsync(cancellationToken);
                        await transaction.DisposeAsync();
                        transaction = await connection.BeginTransactionAsync(cancellationToken);
                        unitWriter.SetTransaction(transaction);
                        entryWriter.SetTransaction(transaction);
                        holderWriter.SetTransaction(transaction);
                        ledgerWriter.SetTransaction(transaction);
                        progress?.Report(units);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
                progress?.Report(units);
            }
            finally
            {
                await transaction.DisposeAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new BulkLoadResult(units, entries, holders, stopwatch.Elapsed);
    }
}
