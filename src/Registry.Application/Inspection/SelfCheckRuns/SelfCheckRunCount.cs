namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>Findings of one category and severity in a run.</summary>
/// <param name="Category">Self-check category: principle, content, certificate, term, timeliness, reporting.</param>
/// <param name="Severity">block, warn or info (the rule's severity); errors of a rule that threw are counted under their rule's severity.</param>
/// <param name="Findings">Failed or errored findings.</param>
/// <param name="Cases">Cases with at least one such finding.</param>
public sealed record SelfCheckRunCount(string Category, string Severity, long Findings, long Cases);
