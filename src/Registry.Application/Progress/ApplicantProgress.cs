namespace Registry.Application.Progress;

/// <summary>
/// What the public progress page shows an applicant (办理进度): no staff names, no other party's data — the steps done,
/// where the case is, the statutory deadline and what the applicant must do.
/// </summary>
/// <param name="CaseNumber">业务号.</param>
/// <param name="BusinessTypeZh">Type name in Chinese.</param>
/// <param name="BusinessTypeEn">Type name in English.</param>
/// <param name="Status">CaseStatus name.</param>
/// <param name="AcceptedAt">Acceptance time.</param>
/// <param name="StepsDone">Finished steps, oldest first.</param>
/// <param name="CurrentSteps">Steps the case waits at now (empty once it has ended).</param>
/// <param name="Deadline">The statutory clock while the case is open; null otherwise.</param>
/// <param name="Action">What the applicant must do.</param>
/// <param name="ReasonZh">The reason of a return or refusal, in Chinese.</param>
/// <param name="ReasonEn">The same in English.</param>
/// <param name="CertificateNo">The certificate or certification number once issued.</param>
public sealed record ApplicantProgress(
    string CaseNumber,
    string BusinessTypeZh,
    string BusinessTypeEn,
    string Status,
    DateTimeOffset AcceptedAt,
    IReadOnlyList<ProgressStep> StepsDone,
    IReadOnlyList<ProgressStep> CurrentSteps,
    ProgressDeadline? Deadline,
    ApplicantAction Action,
    string? ReasonZh,
    string? ReasonEn,
    string? CertificateNo);

/// <summary>A step of the case.</summary>
/// <param name="NameZh">Its name in Chinese.</param>
/// <param name="NameEn">Its name in English.</param>
/// <param name="At">When it finished (or began, for a current step).</param>
public sealed record ProgressStep(string NameZh, string NameEn, DateTimeOffset? At);

/// <summary>The statutory deadline (法定办结时限).</summary>
/// <param name="DueAt">Due (close of business on the last working day).</param>
/// <param name="RemainingWorkingDays">Working days left (negative when overdue).</param>
/// <param name="IsPaused">The clock is stopped (补正, 公告, 中止…): 暂停.</param>
/// <param name="IsProvisional">The due date rests on a provisional calendar year.</param>
public sealed record ProgressDeadline(DateTimeOffset DueAt, int RemainingWorkingDays, bool IsPaused, bool IsProvisional);

/// <summary>What the applicant has to do now.</summary>
public enum ApplicantAction
{
    /// <summary>Nothing: the office is working on it.</summary>
    None,

    /// <summary>Bring supplementary materials (补正), see the reason.</summary>
    Supplement,

    /// <summary>Collect the certificate.</summary>
    CollectCertificate,

    /// <summary>Registration was refused, see the reason (remedies: reconsideration or an action).</summary>
    Refused,

    /// <summary>The application was withdrawn; nothing to do.</summary>
    Withdrawn,
}
