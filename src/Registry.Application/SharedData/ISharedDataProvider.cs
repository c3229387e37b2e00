using Registry.Application.Review.Facts;

namespace Registry.Application.SharedData;

/// <summary>
/// Port to the data-sharing systems (共享数据): housing authority (net-signed contract, maintenance fund), tax,
/// public security and market regulation (identity), civil affairs (marriage) and courts. Adapters live in the
/// composition root; the rules layer only reads the <see cref="SharedDataFacts"/> built from them.
/// Every method returns null (or an unverified result) when the source has nothing, and throws only on transport failure.
/// </summary>
public interface ISharedDataProvider
{
    /// <summary>Net-signed or filed sale contract (网签合同) for a unit, or null.</summary>
    Task<NetSignedContractFacts?> GetNetSignedContractAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Tax payment (完税) pushed by the tax system for a case, or null.</summary>
    Task<TaxPaymentFacts?> GetTaxPaymentAsync(string caseNo, CancellationToken cancellationToken = default);

    /// <summary>Online identity check (身份核验) of a name and ID number.</summary>
    Task<IdentityCheckFacts> VerifyIdentityAsync(string name, string idNumber, CancellationToken cancellationToken = default);

    /// <summary>Marriage registration record (婚姻登记) for an ID number, or null.</summary>
    Task<MarriageRecordFacts?> GetMarriageRecordAsync(string idNumber, CancellationToken cancellationToken = default);

    /// <summary>Court document (法院文书) by number, or null.</summary>
    Task<CourtDocumentFacts?> GetCourtDocumentAsync(string documentNo, CancellationToken cancellationToken = default);

    /// <summary>Whether the maintenance fund (维修资金) for a unit is paid; null when unknown.</summary>
    Task<bool?> GetMaintenanceFundPaidAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Disputes, illegal-building findings and administrative restrictions other departments reported for a unit (released ones included).</summary>
    Task<IReadOnlyList<UnitRestrictionFacts>> GetUnitRestrictionsAsync(string unitCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UnitRestrictionFacts>>([]);
}
