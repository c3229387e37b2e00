namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>The last case a run stored, in (finishing instant, case number) order: a resumed run continues after it.</summary>
/// <param name="FinishedAt">When that case was completed.</param>
/// <param name="CaseNumber">Its number.</param>
public sealed record SelfCheckRunCursor(DateTimeOffset FinishedAt, string CaseNumber);
