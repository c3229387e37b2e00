namespace Registry.Application.Inspection;

/// <summary>What the inspect form submits.</summary>
/// <param name="SampleId">The sample.</param>
/// <param name="CaseNumber">The sampled case.</param>
/// <param name="ExpectedRevision">The latest revision the inspector saw (0 when none); a newer one means someone else recorded meanwhile.</param>
/// <param name="Items">One result per checklist item.</param>
/// <param name="Remark">Overall remark (optional).</param>
/// <param name="RectificationAssignee">
/// Who the failing items go to; null or blank for the case's responsible examiner. Ignored when every item passed.
/// </param>
public sealed record InspectionRecordRequest(
    Guid SampleId,
    string CaseNumber,
    int ExpectedRevision,
    IReadOnlyList<InspectionItemResult> Items,
    string? Remark = null,
    string? RectificationAssignee = null);
