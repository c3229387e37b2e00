namespace Registry.Persistence.Inspection;

/// <summary>One verdict revision; the key (sample, case, revision) lets exactly one of two concurrent recordings in.</summary>
internal sealed class InspectionVerdictRow
{
    public Guid SampleId { get; set; }

    public required string CaseNumber { get; set; }

    public int Revision { get; set; }

    public required string Verdict { get; set; }

    public required string ItemsJson { get; set; }

    public string? Remark { get; set; }

    public required string Inspector { get; set; }

    public required string InspectorName { get; set; }

    public DateTimeOffset At { get; set; }
}
