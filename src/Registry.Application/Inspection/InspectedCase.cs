namespace Registry.Application.Inspection;

/// <summary>A sampled case with its latest verdict, as the pass-rate report counts it.</summary>
/// <param name="SampleId">The sample.</param>
/// <param name="CaseNumber">The case.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="FinishedAt">When the case was completed.</param>
/// <param name="ResponsibleExaminer">The examiner responsible.</param>
/// <param name="Verdict">Latest verdict.</param>
public sealed record InspectedCase(Guid SampleId, string CaseNumber, string BusinessType, DateTimeOffset FinishedAt, string ResponsibleExaminer, InspectionVerdictKind Verdict);
