namespace Registry.Application.Inspection;

/// <summary>
/// A recorded verdict on a sampled case. Verdicts are appended: a changed verdict is a new row with the next revision,
/// who and when; earlier revisions stay as they were.
/// </summary>
/// <param name="SampleId">The sample.</param>
/// <param name="CaseNumber">The case.</param>
/// <param name="Revision">1 for the first verdict on the case in this sample, then 2, 3…</param>
/// <param name="Verdict">合格 or 不合格.</param>
/// <param name="Items">One result per checklist item.</param>
/// <param name="Remark">Overall remark.</param>
/// <param name="Inspector">Inspector's user name.</param>
/// <param name="InspectorName">Inspector's display name.</param>
/// <param name="At">When.</param>
public sealed record InspectionVerdict(
    Guid SampleId,
    string CaseNumber,
    int Revision,
    InspectionVerdictKind Verdict,
    IReadOnlyList<InspectionItemResult> Items,
    string? Remark,
    string Inspector,
    string InspectorName,
    DateTimeOffset At);
