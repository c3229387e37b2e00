using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Registry.Domain.Register;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Register;

/// <summary>
/// Writes a stream of register aggregates straight to the tables in batches, one transaction per batch.
/// Used for the demo data on first run and the benchmark generator; memory stays bounded by the batch.
/// </summary>
internal sealed class RegisterBulkLoader(RegistryDbContext db)
{
    public async Task<BulkLoadResult> LoadAsync(IEnumerable<UnitRegister> registers, int batchSize = 5_000, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var stopwatch = Stopwatch.StartNew();
        long units = 0, entries = 0, holders = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            using var unitWriter = new RowBulkWriter<UnitRow>(db, connection, transaction);
            using var entryWriter = new RowBulkWriter<RegisterEntryRow>(db, connection, transaction);
            using var holderWriter = new RowBulkWriter<RightHolderRow>(db, connection, transaction);
            try
            {
                foreach (var register in registers)
                {
                    var code = register.Unit.Code.Value;
                    await unitWriter.WriteAsync(RegisterRowMapper.ToRow(register.Unit, version: 1), cancellationToken);
                    foreach (var entry in register.Entries)
                    {
                        await entryWriter.WriteAsync(RegisterRowMapper.ToRow(entry, code), cancellationToken);
                        entries++;
                        foreach (var holder in RegisterRowMapper.HolderRows(entry, code))
                        {
                            await holderWriter.WriteAsync(holder, cancellationToken);
                            holders++;
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
