namespace Registry.Persistence.Cases;

/// <summary>One status move of a case.</summary>
internal sealed class CaseStatusChangeRow
{
    public Guid CaseId { get; set; }

    public int Ordinal { get; set; }

    public required string FromStatus { get; set; }

    public required string ToStatus { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public string? Reason { get; set; }
}
