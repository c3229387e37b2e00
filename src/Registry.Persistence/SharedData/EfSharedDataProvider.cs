using Microsoft.EntityFrameworkCore;
using Registry.Application.Review.Facts;
using Registry.Application.SharedData;

namespace Registry.Persistence.SharedData;

/// <summary>
/// <see cref="ISharedDataProvider"/> backed by the shared-data tables: what the exchange with the housing, tax, public
/// security, civil-affairs and court systems has delivered. The demo and the tests go through this same port.
/// </summary>
internal sealed class EfSharedDataProvider(IDbContextFactory<RegistryDbContext> contexts) : ISharedDataProvider
{
    // Compiled once: a review makes about nine of these single-row lookups, and EF's per-call work on a LINQ query
    // (parameter extraction, the query cache's key hashing) cost more than SQLite's execution of them (profiled).
    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<SharedContractRow?>>> LatestContract = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string unitCode, CancellationToken _) => db.Set<SharedContractRow>().AsNoTracking()
            .Where(c => c.UnitCode == unitCode).OrderByDescending(c => c.SignedOn).ThenByDescending(c => c.ContractNo).FirstOrDefault()));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, IAsyncEnumerable<SharedContractPartyRow>>> ContractParties = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, string, SharedContractPartyRow>((RegistryDbContext db, string contractNo) =>
            db.Set<SharedContractPartyRow>().AsNoTracking().Where(p => p.ContractNo == contractNo).OrderBy(p => p.Ordinal)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<SharedTaxPaymentRow?>>> TaxPayment = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string caseNo, CancellationToken _) => db.Set<SharedTaxPaymentRow>().AsNoTracking().SingleOrDefault(t => t.CaseNumber == caseNo)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<SharedIdentityRow?>>> Identity = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string id, CancellationToken _) => db.Set<SharedIdentityRow>().AsNoTracking().SingleOrDefault(i => i.IdNumber == id)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, IAsyncEnumerable<SharedUnitRestrictionRow>>> Restrictions = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, string, SharedUnitRestrictionRow>((RegistryDbContext db, string unitCode) =>
            db.Set<SharedUnitRestrictionRow>().AsNoTracking().Where(r => r.UnitCode == unitCode).OrderBy(r => r.RecordNo)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<SharedMarriageRow?>>> Marriage = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string id, CancellationToken _) => db.Set<SharedMarriageRow>().AsNoTracking().SingleOrDefault(m => m.IdNumber == id)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<SharedMaintenanceFundRow?>>> MaintenanceFund = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string unitCode, CancellationToken _) => db.Set<SharedMaintenanceFundRow>().AsNoTracking().SingleOrDefault(f => f.UnitCode == unitCode)));

    public async Task<NetSignedContractFacts?> GetNetSignedContractAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contract = await LatestContract.For(db)(db, unitCode, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var parties = await ContractParties.For(db)(db, contract.ContractNo).ToListAsync(cancellationToken);
        return new NetSignedContractFacts
        {
            ContractNo = contract.ContractNo,
            UnitCode = contract.UnitCode,
            Price = contract.Price,
            IsFiled = contract.IsFiled,
            Sellers = [.. parties.Where(p => p.Side == "Seller").Select(p => new ContractPartyFacts { Name = p.Name, IdNumber = p.IdNumber })],
            Buyers = [.. parties.Where(p => p.Side == "Buyer").Select(p => new ContractPartyFacts { Name = p.Name, IdNumber = p.IdNumber })],
        };
    }

    public async Task<TaxPaymentFacts?> GetTaxPaymentAsync(string caseNo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNo);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await TaxPayment.For(db)(db, caseNo, cancellationToken);
        return row is null ? null : new TaxPaymentFacts { Paid = row.Paid, Amount = row.Amount, VoucherNo = row.VoucherNo };
    }

    public async Task<IdentityCheckFacts> VerifyIdentityAsync(string name, string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(idNumber);
        var id = idNumber.Trim().ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await Identity.For(db)(db, id, cancellationToken);
        return new IdentityCheckFacts
        {
            IdNumber = idNumber,
            Verified = row is not null && string.Equals(row.Name, name.Trim(), StringComparison.Ordinal),
            DocumentValidUntil = row?.DocumentValidUntil,
            CapacityRuling = row?.CapacityRuling,
        };
    }

    public async Task<IReadOnlyList<UnitRestrictionFacts>> GetUnitRestrictionsAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Restrictions.For(db)(db, unitCode).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UnitRestrictionFacts
        {
            RecordNo = r.RecordNo,
            Kind = Enum.TryParse<UnitRestrictionKind>(r.Kind, out var kind) ? kind : UnitRestrictionKind.Other,
            Authority = r.Authority,
            CoveredTypes = r.CoveredTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Released = r.Released,
        })];
    }

    public async Task<MarriageRecordFacts?> GetMarriageRecordAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        var id = idNumber.Trim().ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await Marriage.For(db)(db, id, cancellationToken);
        return row is null ? null : new MarriageRecordFacts
        {
            IdNumber = row.IdNumber,
            Status = Enum.Parse<MaritalStatus>(row.Status),
            SpouseName = row.SpouseName,
            SpouseIdNumber = row.SpouseIdNumber,
        };
    }

    public async Task<CourtDocumentFacts?> GetCourtDocumentAsync(string documentNo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentNo);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<SharedCourtDocumentRow>().AsNoTracking().SingleOrDefaultAsync(d => d.DocumentNo == documentNo, cancellationToken);
        return row is null ? null : new CourtDocumentFacts { DocumentNo = row.DocumentNo, Court = row.Court, InForce = row.InForce, UnitCode = row.UnitCode };
    }

    public async Task<bool?> GetMaintenanceFundPaidAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await MaintenanceFund.For(db)(db, unitCode, cancellationToken);
        return row?.Paid;
    }
}
