namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>One self-check category of a run.</summary>
/// <param name="Category">principle, content, certificate, term, timeliness or reporting.</param>
/// <param name="Cases">Checked cases with at least one finding of the category.</param>
/// <param name="Findings">Findings of the category.</param>
/// <param name="PassRate">Share of the checked (not skipped) cases without a finding of the category, 0–1; 1 when nothing was checked.</param>
public sealed record SelfCheckCategoryResult(string Category, long Cases, long Findings, double PassRate);
