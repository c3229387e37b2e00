namespace Registry.Persistence.Inspection;

/// <summary>A case drawn into a sample; the key (sample, case) keeps a case to once per sample.</summary>
internal sealed class InspectionSampleCaseRow
{
    public Guid SampleId { get; set; }

    public required string CaseNumber { get; set; }

    public required string BusinessType { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public required string ResponsibleExaminer { get; set; }
}
