using System.Collections.ObjectModel;
using Microsoft.Extensions.Options;
using Registry.Application.CaseFlow;
using Registry.Domain.Cases;

namespace Registry.Application.Notifications.Applicants;

/// <summary>
/// Puts an applicant notice (accepted, supplement needed, approved, certificate ready, refused) into the outbox for every
/// applicant with a mobile number: a text message, and a WeChat template message when enabled. It runs inside the case
/// command, so the notice commits with the change it reports; the dispatcher sends it after the commit.
/// </summary>
public sealed class ApplicantNotifier(INotificationOutbox outbox, IOptions<OfficeOptions> office, IOptions<NotificationOptions> options)
{
    /// <summary>The office's name as the notices sign it.</summary>
    public string OfficeName => office.Value.Area + "不动产登记中心";

    /// <summary>
    /// Enqueues <paramref name="templateKey"/> for the case's applicants. <paramref name="occurrence"/> tells repeated events
    /// apart (a second supplement request is a new notice); the same occurrence is enqueued once.
    /// </summary>
    /// <param name="registrationCase">The case.</param>
    /// <param name="templateKey">One of the applicant templates of <see cref="NotificationTemplates"/>.</param>
    /// <param name="parameters">Parameters beyond caseNumber, office, progressUrl and ratingUrl.</param>
    /// <param name="occurrence">What makes this event unique within the case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many messages were enqueued.</returns>
    public async Task<int> NotifyAsync(RegistrationCase registrationCase, string templateKey, IReadOnlyDictionary<string, string>? parameters, string occurrence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var values = new Dictionary<string, string>(parameters ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["caseNumber"] = registrationCase.Number.Value,
            ["office"] = OfficeName,
            ["progressUrl"] = options.Value.ProgressUrl,

            // The final notices invite a rating (好差评): the progress page opens with the case number filled in.
            ["ratingUrl"] = RatingUrl(options.Value.ProgressUrl, registrationCase.Number.Value),
        };
        var frozen = new ReadOnlyDictionary<string, string>(values);
        var channels = options.Value.WeChatEnabled ? new[] { NotificationChannel.Sms, NotificationChannel.WeChat } : [NotificationChannel.Sms];
        var enqueued = 0;

        // Notices go to the phone number the applicant gave at intake, never to an ID number; no number, no message.
        foreach (var mobile in registrationCase.Parties.Where(p => p.IsApplicant && p.Mobile is not null).Select(p => p.Mobile!).Distinct(StringComparer.Ordinal))
        {
            foreach (var channel in channels)
            {
                var message = OutboxMessage.Create(channel, mobile, templateKey, frozen, $"{templateKey}:{registrationCase.Number.Value}:{occurrence}:{channel}:{mobile}")
                    with { CaseNumber = registrationCase.Number.Value };
                if (await outbox.EnqueueAsync(message, cancellationToken))
                {
                    enqueued++;
                }
            }
        }

        return enqueued;
    }

    /// <summary>The progress page's address with the case number filled in, where the applicant rates a finished case.</summary>
    public static string RatingUrl(string progressUrl, string caseNumber) =>
        progressUrl + (progressUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "case=" + Uri.EscapeDataString(caseNumber);
}
