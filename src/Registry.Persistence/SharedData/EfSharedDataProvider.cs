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
    public async Task<NetSignedContractFacts?> GetNetSignedContractAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contract = await db.Set<SharedContractRow>().AsNoTracking()
            .Where(c => c.UnitCode == unitCode)
            .OrderByDescending(c => c.SignedOn).ThenByDescending(c => c.ContractNo)
            .FirstOrDefaultAsync(cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var parties = await db.Set<SharedContractPartyRow>().AsNoTracking().Where(p => p.ContractNo == contract.ContractNo).OrderBy(p => p.Ordinal).ToListAsync(cancellationToken);
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
        var row = await db.Set<SharedTaxPaymentRow>().AsNoTracking().SingleOrDefaultAsync(t => t.CaseNumber == caseNo, cancellationToken);
        return row is null ? null : new TaxPaymentFacts { Paid = row.Paid, Amount = row.Amount, VoucherNo = row.VoucherNo };
    }

    public async Task<IdentityCheckFacts> VerifyIdentityAsync(string name, string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(idNumber);
        var id = idNumber.Trim().ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<SharedIdentityRow>().AsNoTracking().SingleOrDefaultAsync(i => i.IdNumber == id, cancellationToken);
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
        var rows = await db.Set<SharedUnitRestrictionRow>().AsNoTracking().Where(r => r.UnitCode == unitCode).OrderBy(r => r.RecordNo).ToListAsync(cancellationToken);
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
        var row = await db.Set<SharedMarriageRow>().AsNoTracking().SingleOrDefaultAsync(m => m.IdNumber == id, cancellationToken);
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
        var row = await db.Set<SharedMaintenanceFundRow>().AsNoTracking().SingleOrDefaultAsync(f => f.UnitCode == unitCode, cancellationToken);
        return row?.Paid;
    }
}
