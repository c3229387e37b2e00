namespace Registry.Application.Inspection;

/// <summary>A case drawn into a sample (抽查样本).</summary>
/// <param name="CaseNumber">Case number; at most once per sample.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="FinishedAt">When the case was completed.</param>
/// <param name="ResponsibleExaminer">The examiner a rectification goes to (承办人), from the case's journal.</param>
public sealed record SampledCase(string CaseNumber, string BusinessType, DateTimeOffset FinishedAt, string ResponsibleExaminer);
