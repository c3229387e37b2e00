using System.Globalization;
using Registry.Domain.Cases;

namespace Registry.Application.Notifications.Applicants;

/// <summary>Which applicant notice a status move calls for: back to 受理 (supplement), approved, refused.</summary>
public static class ApplicantStatusNotices
{
    /// <summary>Enqueues the notice for the move from <paramref name="before"/> to the case's status, if it calls for one.</summary>
    /// <param name="notifier">The notifier; null sends nothing (hosts without an outbox).</param>
    /// <param name="registrationCase">The case after the move.</param>
    /// <param name="before">Its status before.</param>
    /// <param name="reason">The examiner's reason (return or refusal), in Chinese, if known.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public static async Task NotifyAsync(ApplicantNotifier? notifier, RegistrationCase registrationCase, CaseStatus before, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        if (notifier is null || registrationCase.Status == before)
        {
            return;
        }

        // The history's length tells a second return or approval of the same case apart from the first.
        var occurrence = registrationCase.History.Count.ToString(CultureInfo.InvariantCulture);
        switch (registrationCase.Status)
        {
            case CaseStatus.Accepted when before is CaseStatus.UnderReview or CaseStatus.Approved:
                await notifier.NotifyAsync(registrationCase, NotificationTemplates.SupplementNeeded,
                    new Dictionary<string, string> { ["reason"] = reason ?? "请到受理窗口领取补正通知书" }, occurrence, cancellationToken);
                break;
            case CaseStatus.Approved or CaseStatus.Recorded when before is CaseStatus.Accepted or CaseStatus.UnderReview:
                await notifier.NotifyAsync(registrationCase, NotificationTemplates.ApplicantApproved, null, occurrence, cancellationToken);
                break;
            case CaseStatus.Rejected:
                await notifier.NotifyAsync(registrationCase, NotificationTemplates.ApplicantRefused,
                    new Dictionary<string, string> { ["reason"] = reason ?? "详见不予登记告知书" }, occurrence, cancellationToken);
                break;
        }
    }
}
