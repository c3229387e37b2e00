using Registry.Domain.Cases;

namespace Registry.Application.Cases;

/// <summary>An open case on a unit (在办件), as the review of another case on the same unit needs it.</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="AcceptedAt">Acceptance time.</param>
/// <param name="Status">Current status.</param>
public sealed record OpenCaseSummary(string CaseNumber, string BusinessType, DateTimeOffset AcceptedAt, CaseStatus Status);
