using System.Text.Json;

namespace Registry.Web.Api;

/// <summary>An application as a bank or court submits it (JSON body, or the <c>application</c> part of a multipart request).</summary>
/// <param name="BusinessType">Catalogue code, e.g. <c>MortgageFirst</c>, <c>JudicialSeizure</c>.</param>
/// <param name="Units">Unit codes (不动产单元号, 28 characters).</param>
/// <param name="Parties">Parties with their roles.</param>
/// <param name="Facts">Declared facts by name (numbers or strings), e.g. <c>mortgageAmount</c>, <c>debtStart</c>, <c>authority</c>.</param>
/// <param name="Materials">Codes of the materials provided (a file part of a multipart request must be listed here).</param>
/// <param name="Cause">Cause, if any.</param>
public sealed record ApiApplicationRequest(
    string BusinessType,
    IReadOnlyList<string>? Units,
    IReadOnlyList<ApiPartyRequest>? Parties,
    IReadOnlyDictionary<string, JsonElement>? Facts,
    IReadOnlyList<string>? Materials,
    string? Cause);

/// <summary>A party of an application.</summary>
/// <param name="Role">Mortgagor, Mortgagee, Applicant…</param>
/// <param name="Name">Name.</param>
/// <param name="IdNumber">Identity document number (resident ID, credit code…).</param>
/// <param name="IdType">Document type (ResidentId, CreditCode, Passport…), inferred when absent.</param>
/// <param name="Share">Share such as 1/2, for 按份共有 only.</param>
public sealed record ApiPartyRequest(string Role, string Name, string IdNumber, string? IdType, string? Share);

/// <summary>A case as returned to its filing client.</summary>
/// <param name="CaseNumber">业务号.</param>
/// <param name="BusinessType">Catalogue code.</param>
/// <param name="Status">Accepted, UnderReview, Approved, Recorded, Completed, Rejected, Suspended, Withdrawn.</param>
/// <param name="CertificateNumber">Certificate or certification number once issued.</param>
/// <param name="AcceptedAt">When it was accepted.</param>
/// <param name="AutoApproved">Approved by the automatic decision, without a person.</param>
/// <param name="RulesPassed">Rule checks that passed.</param>
/// <param name="Findings">Failed or errored rule findings, Block first.</param>
public sealed record ApiCaseResponse(
    string CaseNumber,
    string BusinessType,
    string Status,
    string? CertificateNumber,
    DateTimeOffset AcceptedAt,
    bool AutoApproved,
    int RulesPassed,
    IReadOnlyList<ApiFindingResponse> Findings);

/// <summary>A rule finding.</summary>
/// <param name="RuleCode">Rule code.</param>
/// <param name="Severity">Block, Warn or Info.</param>
/// <param name="Outcome">Fail or Error.</param>
/// <param name="Unit">Unit concerned.</param>
/// <param name="Message">Message (zh-CN).</param>
/// <param name="MessageEn">Message (en), if any.</param>
public sealed record ApiFindingResponse(string RuleCode, string Severity, string Outcome, string Unit, string? Message, string? MessageEn);
