using Microsoft.EntityFrameworkCore;
using Registry.Application.SharedData;

namespace Registry.Persistence.SharedData;

/// <summary>
/// Writes pushed shared data into the tables <see cref="EfSharedDataProvider"/> reads; each call is one transaction (its
/// delete and insert commit together, with one fsync; they used to be two autocommits). Not a case command: it does not
/// join the case commands' SQLite group commit (measured: with feed writes in the groups, a decision waited for them and
/// its latency with four workers rose ~5×); a write that meets an open command's lock waits in SQLite's busy handler
/// (<see cref="Workflows.SqliteSynchronousInterceptor.BusyTimeoutPragma"/>). Inside a case command it joins that command's
/// transaction.
/// </summary>
internal sealed class EfSharedDataFeed(IDbContextFactory<RegistryDbContext> contexts) : ISharedDataFeed
{
    public async Task RecordIdentityAsync(string name, string idNumber, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedIdentityRow>().Where(r => r.IdNumber == idNumber).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedIdentityRow { IdNumber = idNumber, Name = name });
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordContractAsync(string contractNo, string unitCode, decimal price, DateOnly signedOn, IReadOnlyList<(string Name, string IdNumber)> sellers, IReadOnlyList<(string Name, string IdNumber)> buyers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sellers);
        ArgumentNullException.ThrowIfNull(buyers);
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedContractPartyRow>().Where(r => r.ContractNo == contractNo).ExecuteDeleteAsync(cancellationToken);
            await db.Set<SharedContractRow>().Where(r => r.ContractNo == contractNo).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedContractRow { ContractNo = contractNo, UnitCode = unitCode, Price = price, IsFiled = true, SignedOn = signedOn });
            db.AddRange(sellers.Select((p, i) => new SharedContractPartyRow { ContractNo = contractNo, Side = "Seller", Ordinal = i, Name = p.Name, IdNumber = p.IdNumber }));
            db.AddRange(buyers.Select((p, i) => new SharedContractPartyRow { ContractNo = contractNo, Side = "Buyer", Ordinal = i, Name = p.Name, IdNumber = p.IdNumber }));
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordTaxPaymentAsync(string caseNumber, decimal amount, string voucherNo, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedTaxPaymentRow>().Where(r => r.CaseNumber == caseNumber).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedTaxPaymentRow { CaseNumber = caseNumber, Paid = true, Amount = amount, VoucherNo = voucherNo });
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordMarriageAsync(string idNumber, string status, string? spouseName = null, string? spouseIdNumber = null, CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<Registry.Application.Review.Facts.MaritalStatus>(status, out _))
        {
            throw new ArgumentException($"marital status '{status}' is not one of {string.Join(", ", Enum.GetNames<Registry.Application.Review.Facts.MaritalStatus>())}", nameof(status));
        }

        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedMarriageRow>().Where(r => r.IdNumber == idNumber).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedMarriageRow { IdNumber = idNumber, Status = status, SpouseName = spouseName, SpouseIdNumber = spouseIdNumber });
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordIdentityDetailsAsync(string name, string idNumber, DateOnly? documentValidUntil, string? capacityRuling, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedIdentityRow>().Where(r => r.IdNumber == idNumber).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedIdentityRow { IdNumber = idNumber, Name = name, DocumentValidUntil = documentValidUntil, CapacityRuling = capacityRuling });
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordContractFilingAsync(string contractNo, bool filed, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contractNo);
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedContractRow>().Where(r => r.ContractNo == contractNo).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsFiled, filed), cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordMaintenanceFundAsync(string unitCode, bool paid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedMaintenanceFundRow>().Where(r => r.UnitCode == unitCode).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedMaintenanceFundRow { UnitCode = unitCode, Paid = paid });
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordUnitRestrictionAsync(string recordNo, string unitCode, Registry.Application.Review.Facts.UnitRestrictionKind kind, string authority, IReadOnlyList<string> coveredTypes, bool released, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordNo);
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        ArgumentNullException.ThrowIfNull(coveredTypes);
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedUnitRestrictionRow>().Where(r => r.RecordNo == recordNo).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedUnitRestrictionRow { RecordNo = recordNo, UnitCode = unitCode, Kind = kind.ToString(), Authority = authority, CoveredTypes = string.Join(',', coveredTypes), Released = released });
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task RecordCourtDocumentAsync(string documentNo, string court, bool inForce, string? unitCode, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async (db, cancellationToken) =>
        {
            await db.Set<SharedCourtDocumentRow>().Where(r => r.DocumentNo == documentNo).ExecuteDeleteAsync(cancellationToken);
            db.Add(new SharedCourtDocumentRow { DocumentNo = documentNo, Court = court, InForce = inForce, UnitCode = unitCode });
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    private async Task WriteAsync(Func<RegistryDbContext, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var block = await Transactions.OwnTransaction.BeginAsync(db.Database, cancellationToken);
        await write(db, cancellationToken);
        await block.CommitAsync(cancellationToken);
    }
}
