namespace Registry.Application.Review;

/// <summary>Findings of one self-check category (原则, 内容, 证书, 年限, 时效, 上报).</summary>
/// <param name="Category">Category code: principle, content, certificate, term, timeliness, reporting.</param>
/// <param name="FailCount">Failed findings.</param>
/// <param name="ErrorCount">Errored findings.</param>
/// <param name="Samples">The first findings of the category, bounded.</param>
public sealed record SelfCheckCategorySummary(string Category, long FailCount, long ErrorCount, IReadOnlyList<SelfCheckFinding> Samples);
