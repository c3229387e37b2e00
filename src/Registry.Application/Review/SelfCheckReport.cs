namespace Registry.Application.Review;

/// <summary>Result of a self-check run.</summary>
/// <param name="CasesChecked">Finished cases read.</param>
/// <param name="CasesWithFindings">Cases with at least one failed or errored rule.</param>
/// <param name="RulesEvaluated">Rule evaluations performed.</param>
/// <param name="Categories">Per-category summaries, in the order principle, content, certificate, term, timeliness, reporting.</param>
public sealed record SelfCheckReport(long CasesChecked, long CasesWithFindings, long RulesEvaluated, IReadOnlyList<SelfCheckCategorySummary> Categories);
