namespace Registry.Persistence.Cases;

/// <summary>One case (业务件). Declared facts are columns; extras are a JSON object. Version is the concurrency token.</summary>
internal sealed class CaseRow
{
    public Guid Id { get; set; }

    public required string CaseNumber { get; set; }

    public required string BusinessType { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }

    public required string AcceptedBy { get; set; }

    public required string Channel { get; set; }

    public string? Cause { get; set; }

    public decimal? DeclaredPrice { get; set; }

    public string? CertificateNo { get; set; }

    public decimal? MortgageAmount { get; set; }

    public DateOnly? MortgageTermStart { get; set; }

    public DateOnly? MortgageTermEnd { get; set; }

    public string? MortgageKind { get; set; }

    public string? EntrustingAuthority { get; set; }

    public string? CourtDocumentNo { get; set; }

    public DateOnly? ContractStart { get; set; }

    public DateOnly? ContractEnd { get; set; }

    public string? ObjectionMatter { get; set; }

    public string? ExtrasJson { get; set; }

    public Guid? WorkflowInstanceId { get; set; }

    public string? IssuedCertificateNo { get; set; }

    public DateTimeOffset? ReportedAt { get; set; }

    public DateTimeOffset? ReportAcknowledgedAt { get; set; }

    /// <summary>True while not completed, rejected or withdrawn; indexed with the units for "open cases on a unit".</summary>
    public bool IsOpen { get; set; }

    public long Version { get; set; }

    /// <summary>A detached copy (the per-command case cache hands out copies, never the row it keeps).</summary>
    public CaseRow Copy() => (CaseRow)MemberwiseClone();
}
