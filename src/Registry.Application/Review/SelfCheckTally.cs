namespace Registry.Application.Review;

/// <summary>Result of a self-check run over stored finished cases: counts by category and by rule, plus samples.</summary>
/// <param name="CasesChecked">Finished cases read.</param>
/// <param name="CasesWithFindings">Cases with at least one failed or errored rule.</param>
/// <param name="ByCategory">Findings per category in the order principle, content, certificate, term, timeliness, reporting (zeros included).</param>
/// <param name="ByRule">Findings per rule code, most frequent first.</param>
/// <param name="Samples">The first findings, at most a few per rule.</param>
public sealed record SelfCheckTally(
    long CasesChecked,
    long CasesWithFindings,
    IReadOnlyList<SelfCheckCount> ByCategory,
    IReadOnlyList<SelfCheckCount> ByRule,
    IReadOnlyList<SelfCheckFinding> Samples)
{
    /// <summary>The six self-check categories in display order, with their Chinese names.</summary>
    public static IReadOnlyList<(string Code, string Zh)> Categories { get; } =
    [
        ("principle", "原则"), ("content", "内容"), ("certificate", "证书"), ("term", "年限"), ("timeliness", "时效"), ("reporting", "上报"),
    ];
}
