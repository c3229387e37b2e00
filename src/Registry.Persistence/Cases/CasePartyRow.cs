namespace Registry.Persistence.Cases;

/// <summary>A party of a case, in application order.</summary>
internal sealed class CasePartyRow
{
    public Guid CaseId { get; set; }

    public int Ordinal { get; set; }

    public required string Role { get; set; }

    public required string IdKind { get; set; }

    public required string Name { get; set; }

    public required string IdNumber { get; set; }

    public long? ShareNumerator { get; set; }

    public long? ShareDenominator { get; set; }

    public bool IsApplicant { get; set; }

    /// <summary>Mainland mobile number (11 digits) for notices; null when none was given.</summary>
    public string? Mobile { get; set; }
}
