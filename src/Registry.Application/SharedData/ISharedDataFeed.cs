namespace Registry.Application.SharedData;

/// <summary>
/// The inbound side of data sharing: what the housing, tax, public-security and civil-affairs systems push to the
/// registry (网签备案, 完税, 身份核验, 婚姻登记). Exchange adapters and the scenario runner write through it; the review
/// reads the same records through <see cref="ISharedDataProvider"/>. Writing a record that exists replaces it.
/// </summary>
public interface ISharedDataFeed
{
    /// <summary>A verified identity (name and ID number match the source register).</summary>
    Task RecordIdentityAsync(string name, string idNumber, CancellationToken cancellationToken = default);

    /// <summary>A net-signed (and filed) sale contract for a unit.</summary>
    Task RecordContractAsync(string contractNo, string unitCode, decimal price, DateOnly signedOn, IReadOnlyList<(string Name, string IdNumber)> sellers, IReadOnlyList<(string Name, string IdNumber)> buyers, CancellationToken cancellationToken = default);

    /// <summary>The tax system reports a case's taxes paid.</summary>
    Task RecordTaxPaymentAsync(string caseNumber, decimal amount, string voucherNo, CancellationToken cancellationToken = default);

    /// <summary>A marriage record (Unmarried, Married, Divorced, Widowed).</summary>
    Task RecordMarriageAsync(string idNumber, string status, string? spouseName = null, string? spouseIdNumber = null, CancellationToken cancellationToken = default);

    /// <summary>The court system confirms a document (judgment, ruling) and whether it is in force, for a unit or none.</summary>
    Task RecordCourtDocumentAsync(string documentNo, string court, bool inForce, string? unitCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// A verified identity with what the source also reports: the document's validity end (null: unlimited) and the court
    /// ruling declaring the person of limited or no civil capacity (民法典 24; null: none).
    /// </summary>
    Task RecordIdentityDetailsAsync(string name, string idNumber, DateOnly? documentValidUntil, string? capacityRuling, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("this data-sharing feed does not take identity details");

    /// <summary>The housing authority reports whether a net-signed contract is filed (备案) or only signed (网签); a new contract is recorded filed.</summary>
    Task RecordContractFilingAsync(string contractNo, bool filed, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("this data-sharing feed does not take contract filings");

    /// <summary>The housing authority reports whether a unit's maintenance fund (维修资金) is paid.</summary>
    Task RecordMaintenanceFundAsync(string unitCode, bool paid, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("this data-sharing feed does not take maintenance fund records");

    /// <summary>A dispute, illegal-building finding or administrative restriction against a unit, or its release (same record number).</summary>
    Task RecordUnitRestrictionAsync(string recordNo, string unitCode, Registry.Application.Review.Facts.UnitRestrictionKind kind, string authority, IReadOnlyList<string> coveredTypes, bool released, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("this data-sharing feed does not take unit restrictions");
}
