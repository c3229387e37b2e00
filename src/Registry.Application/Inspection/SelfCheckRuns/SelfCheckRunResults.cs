namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>A run with its results by category and the failing cases of its range.</summary>
/// <param name="Run">The run.</param>
/// <param name="Categories">The six categories in display order, zeros included.</param>
/// <param name="PassRate">Share of the checked (not skipped) cases without any finding, 0–1.</param>
/// <param name="FailingCases">Stored results with findings of the run's rule-set version and range, by case number.</param>
/// <param name="Truncated">More failing cases exist than are listed.</param>
public sealed record SelfCheckRunResults(
    SelfCheckRun Run,
    IReadOnlyList<SelfCheckCategoryResult> Categories,
    double PassRate,
    IReadOnlyList<SelfCheckCaseResult> FailingCases,
    bool Truncated);
