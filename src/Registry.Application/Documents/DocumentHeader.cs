namespace Registry.Application.Documents;

/// <summary>What every case document prints at its head: the office, the case and who applied for what on which units.</summary>
/// <param name="OfficeName">The issuing office, e.g. 长丰县不动产登记中心.</param>
/// <param name="CaseNumber">业务号.</param>
/// <param name="BusinessTypeZh">The business type in Chinese.</param>
/// <param name="AcceptedAt">Acceptance time.</param>
/// <param name="Applicants">Applicants' names.</param>
/// <param name="Units">Unit codes in their printed groups, with the location when the register has it.</param>
/// <param name="IssuedAt">When this copy was produced.</param>
public sealed record DocumentHeader(string OfficeName, string CaseNumber, string BusinessTypeZh, DateTimeOffset AcceptedAt,
    IReadOnlyList<string> Applicants, IReadOnlyList<string> Units, DateTimeOffset IssuedAt);
