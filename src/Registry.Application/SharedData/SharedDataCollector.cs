using Registry.Application.Review.Facts;

namespace Registry.Application.SharedData;

/// <summary>Builds the <see cref="SharedDataFacts"/> of one case by asking the <see cref="ISharedDataProvider"/> for everything the rules read.</summary>
public static class SharedDataCollector
{
    /// <summary>
    /// Collects contract and maintenance fund (by unit), tax (by case), identity checks and marriage records (per party),
    /// and the court document named by the entrusting authority's first document number.
    /// </summary>
    public static async Task<SharedDataFacts> CollectAsync(ISharedDataProvider provider, CaseFacts @case, string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(@case);
        var identities = new List<IdentityCheckFacts>();
        var marriages = new List<MarriageRecordFacts>();
        foreach (var p in @case.Parties)
        {
            identities.Add(await provider.VerifyIdentityAsync(p.Name, p.IdNumber, cancellationToken));
            if (p.Kind == PartyKind.Person && await provider.GetMarriageRecordAsync(p.IdNumber, cancellationToken) is { } m)
            {
                marriages.Add(m);
            }
        }

        var courtNo = @case.EntrustingAuthority is { DocumentNumbers.Count: > 0 } authority ? authority.DocumentNumbers[0] : null;
        return new SharedDataFacts
        {
            Contract = await provider.GetNetSignedContractAsync(unitCode, cancellationToken),
            Tax = await provider.GetTaxPaymentAsync(@case.CaseNo, cancellationToken),
            IdentityChecks = identities,
            MarriageRecords = marriages,
            CourtDocument = courtNo is null ? null : await provider.GetCourtDocumentAsync(courtNo, cancellationToken),
            MaintenanceFundPaid = await provider.GetMaintenanceFundPaidAsync(unitCode, cancellationToken),
            UnitRestrictions = await provider.GetUnitRestrictionsAsync(unitCode, cancellationToken),
        };
    }
}
