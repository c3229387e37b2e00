namespace Registry.Application.Review.Facts;

/// <summary>Data obtained through data sharing for one case (共享数据).</summary>
public sealed record SharedDataFacts
{
    /// <summary>Net-signed contract, if any.</summary>
    public NetSignedContractFacts? Contract { get; init; }

    /// <summary>Tax payment, if the tax system has reported.</summary>
    public TaxPaymentFacts? Tax { get; init; }

    /// <summary>Identity checks done for the parties.</summary>
    public IReadOnlyList<IdentityCheckFacts> IdentityChecks { get; init; } = [];

    /// <summary>Marriage records found for the parties.</summary>
    public IReadOnlyList<MarriageRecordFacts> MarriageRecords { get; init; } = [];

    /// <summary>Court document, if any.</summary>
    public CourtDocumentFacts? CourtDocument { get; init; }

    /// <summary>Maintenance fund (维修资金) paid; null when not reported.</summary>
    public bool? MaintenanceFundPaid { get; init; }

    /// <summary>Disputes, illegal-building findings and administrative restrictions reported against the unit.</summary>
    public IReadOnlyList<UnitRestrictionFacts> UnitRestrictions { get; init; } = [];

    /// <summary>True when an identity check for <paramref name="idNumber"/> exists and was verified.</summary>
    public bool IsVerified(string idNumber) =>
        IdentityChecks.Any(c => c.Verified && string.Equals(c.IdNumber, idNumber, StringComparison.OrdinalIgnoreCase));

    /// <summary>Civil-affairs marital status for <paramref name="idNumber"/>, or Unknown.</summary>
    public MaritalStatus MarriageOf(string idNumber) =>
        MarriageRecords.FirstOrDefault(r => string.Equals(r.IdNumber, idNumber, StringComparison.OrdinalIgnoreCase))?.Status ?? MaritalStatus.Unknown;

    /// <summary>Spouse's ID number per civil affairs, or null.</summary>
    public string? SpouseIdOf(string idNumber) =>
        MarriageRecords.FirstOrDefault(r => string.Equals(r.IdNumber, idNumber, StringComparison.OrdinalIgnoreCase))?.SpouseIdNumber;
}
