using Registry.Domain.Cases;

namespace Registry.Application.Api;

/// <summary>A case as its filing client sees it: status, certificate number and the intelligent review's findings.</summary>
/// <param name="CaseNumber">业务号.</param>
/// <param name="BusinessType">Catalogue code.</param>
/// <param name="Status">Legal status.</param>
/// <param name="CertificateNumber">The certificate or certification number, once issued.</param>
/// <param name="AcceptedAt">When it was accepted.</param>
/// <param name="AutoApproved">The automatic decision approved it without a person.</param>
/// <param name="Findings">Failed or errored findings (rule, severity, message), Block first.</param>
/// <param name="RulesPassed">Rule checks that passed.</param>
public sealed record ApiCaseView(
    string CaseNumber,
    string BusinessType,
    CaseStatus Status,
    string? CertificateNumber,
    DateTimeOffset AcceptedAt,
    bool AutoApproved,
    IReadOnlyList<ApiFinding> Findings,
    int RulesPassed);

/// <summary>One finding of the review.</summary>
/// <param name="RuleCode">Rule code.</param>
/// <param name="Severity">Block, Warn or Info.</param>
/// <param name="Outcome">Fail or Error.</param>
/// <param name="Unit">The unit it concerns.</param>
/// <param name="Message">The rule's message (zh-CN).</param>
/// <param name="MessageEn">The rule's message in English, if any.</param>
public sealed record ApiFinding(string RuleCode, string Severity, string Outcome, string Unit, string? Message, string? MessageEn);
