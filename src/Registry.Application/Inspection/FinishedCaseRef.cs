namespace Registry.Application.Inspection;

/// <summary>A finished (已办结) case that can be drawn for inspection.</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="FinishedAt">When the case was completed.</param>
public sealed record FinishedCaseRef(string CaseNumber, string BusinessType, DateTimeOffset FinishedAt);
