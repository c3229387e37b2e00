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

    private static readonly CompiledPerModel<Func<RegistryDbContext, string[], IAsyncEnumerable<SharedIdentityRow>>> Identities = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, string[], SharedIdentityRow>((RegistryDbContext db, string[] ids) =>
            db.Set<SharedIdentityRow>().AsNoTracking().Where(i => ids.Contains(i.IdNumber))));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string[], IAsyncEnumerable<SharedMarriageRow>>> Marriages = new(() =>
        EF.CompileAsyncQuery<RegistryDbContext, string[], SharedMarriageRow>((RegistryDbContext db, string[] ids) =>
            db.Set<SharedMarriageRow>().AsNoTracking().Where(m => ids.Contains(m.IdNumber))));

    private static readonly CompiledPerModel<Func<RegistryDbContext, string, CancellationToken, Task<SharedMaintenanceFundRow?>>> MaintenanceFund = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, string unitCode, CancellationToken _) => db.Set<SharedMaintenanceFundRow>().AsNoTracking().SingleOrDefault(f => f.UnitCode == unitCode)));

    /// <summary>
    /// One context for the whole review's reads, and the parties' identity and marriage records in one query each (a
    /// review of a two-party transfer made nine look-ups, each leasing its own context: the costliest part of its facts).
    /// </summary>
    public async Task<SharedDataFacts> CollectAsync(CaseFacts @case, string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = @case.Parties.Select(p => NormalisedId(p.IdNumber)).Distinct(StringComparer.Ordinal).ToArray();
        var identityRows = ids.Length == 0 ? [] : await Identities.For(db)(db, ids).ToDictionaryAsync(i => i.IdNumber, StringComparer.Ordinal, cancellationToken);
        var personIds = @case.Parties.Where(p => p.Kind == PartyKind.Person).Select(p => NormalisedId(p.IdNumber)).Distinct(StringComparer.Ordinal).ToArray();
        var marriageRows = personIds.Length == 0 ? [] : await Marriages.For(db)(db, personIds).ToDictionaryAsync(m => m.IdNumber, StringComparer.Ordinal, cancellationToken);

        var courtNo = SharedDataCollector.CourtDocumentNumber(@case);
        return new SharedDataFacts
        {
            Contract = await ContractAsync(db, unitCode, cancellationToken),
            Tax = await TaxAsync(db, @case.CaseNo, cancellationToken),
            IdentityChecks = [.. @case.Parties.Select(p => IdentityCheck(p.Name, p.IdNumber, identityRows.GetValueOrDefault(NormalisedId(p.IdNumber))))],
            MarriageRecords = [.. @case.Parties.Where(p => p.Kind == PartyKind.Person)
                .Select(p => marriageRows.GetValueOrDefault(NormalisedId(p.IdNumber)))
                .OfType<SharedMarriageRow>()
                .Select(MarriageRecord)],
            CourtDocument = courtNo is null ? null : await CourtDocumentAsync(db, courtNo, cancellationToken),
            MaintenanceFundPaid = (await MaintenanceFund.For(db)(db, unitCode, cancellationToken))?.Paid,
            UnitRestrictions = await RestrictionsAsync(db, unitCode, cancellationToken),
        };
    }

    public async Task<NetSignedContractFacts?> GetNetSignedContractAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ContractAsync(db, unitCode, cancellationToken);
    }

    public async Task<TaxPaymentFacts?> GetTaxPaymentAsync(string caseNo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNo);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TaxAsync(db, caseNo, cancellationToken);
    }

    public async Task<IdentityCheckFacts> VerifyIdentityAsync(string name, string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(idNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return IdentityCheck(name, idNumber, await Identity.For(db)(db, NormalisedId(idNumber), cancellationToken));
    }

    public async Task<IReadOnlyList<UnitRestrictionFacts>> GetUnitRestrictionsAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RestrictionsAsync(db, unitCode, cancellationToken);
    }

    public async Task<MarriageRecordFacts?> GetMarriageRecordAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await Marriage.For(db)(db, NormalisedId(idNumber), cancellationToken);
        return row is null ? null : MarriageRecord(row);
    }

    public async Task<CourtDocumentFacts?> GetCourtDocumentAsync(string documentNo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentNo);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CourtDocumentAsync(db, documentNo, cancellationToken);
    }

    public async Task<bool?> GetMaintenanceFundPaidAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await MaintenanceFund.For(db)(db, unitCode, cancellationToken))?.Paid;
    }

    // Identity and marriage records are keyed by the number as public security writes it: upper-case X, no spaces.
    private static string NormalisedId(string idNumber) => idNumber.Trim().ToUpperInvariant();

    private static async Task<NetSignedContractFacts?> ContractAsync(RegistryDbContext db, string unitCode, CancellationToken cancellationToken)
    {
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

    private static async Task<TaxPaymentFacts?> TaxAsync(RegistryDbContext db, string caseNo, CancellationToken cancellationToken)
    {
        var row = await TaxPayment.For(db)(db, caseNo, cancellationToken);
        return row is null ? null : new TaxPaymentFacts { Paid = row.Paid, Amount = row.Amount, VoucherNo = row.VoucherNo };
    }

    private static IdentityCheckFacts IdentityCheck(string name, string idNumber, SharedIdentityRow? row) => new()
    {
        IdNumber = idNumber,
        Verified = row is not null && string.Equals(row.Name, name.Trim(), StringComparison.Ordinal),
        DocumentValidUntil = row?.DocumentValidUntil,
        CapacityRuling = row?.CapacityRuling,
    };

    private static MarriageRecordFacts MarriageRecord(SharedMarriageRow row) => new()
    {
        IdNumber = row.IdNumber,
        Status = Enum.Parse<MaritalStatus>(row.Status),
        SpouseName = row.SpouseName,
        SpouseIdNumber = row.SpouseIdNumber,
    };

    private static async Task<IReadOnlyList<UnitRestrictionFacts>> RestrictionsAsync(RegistryDbContext db, string unitCode, CancellationToken cancellationToken)
    {
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

    private static async Task<CourtDocumentFacts?> CourtDocumentAsync(RegistryDbContext db, string documentNo, CancellationToken cancellationToken)
    {
        var row = await db.Set<SharedCourtDocumentRow>().AsNoTracking().SingleOrDefaultAsync(d => d.DocumentNo == documentNo, cancellationToken);
        return row is null ? null : new CourtDocumentFacts { DocumentNo = row.DocumentNo, Court = row.Court, InForce = row.InForce, UnitCode = row.UnitCode };
    }
}
