using System.Text;

namespace Registry.Application.Notifications;

/// <summary>The zh-CN texts of notifications. Placeholders are <c>{name}</c>; every placeholder must be given.</summary>
public static class NotificationTemplates
{
    /// <summary>Deadline warning (预警).</summary>
    public const string DeadlineAmber = "deadline.amber";

    /// <summary>Overdue alert (超期).</summary>
    public const string DeadlineRed = "deadline.red";

    /// <summary>Escalation of an overdue case to the office lead.</summary>
    public const string DeadlineEscalated = "deadline.escalated";

    /// <summary>Reminder before a register expiry (objection, pre-notice, seizure).</summary>
    public const string ExpiryReminder = "expiry.reminder";

    /// <summary>A register expiry was handled (objection lapsed, pre-notice possibly lapsed, seizure expired).</summary>
    public const string ExpiryFired = "expiry.fired";

    /// <summary>Examiners: a case on a unit was suspended because a restriction was recorded on that unit.</summary>
    public const string CaseHeldByRestriction = "case.held-by-restriction";

    /// <summary>Applicant: the certificate can be collected.</summary>
    public const string CertificateReady = "applicant.certificate-ready";

    /// <summary>Booking report (登簿上报) to the higher-level platform.</summary>
    public const string BookingReport = "booking.report";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [DeadlineAmber] = "【预警】业务件{caseNumber}（{businessType}）将于{dueAt}到期，请及时办理。",
        [DeadlineRed] = "【超期】业务件{caseNumber}（{businessType}）已于{dueAt}超过办理时限，请登记超期原因并尽快办结。",
        [DeadlineEscalated] = "【督办】业务件{caseNumber}（{businessType}）超期未办结（时限{dueAt}），已提请局领导督办。",
        [ExpiryReminder] = "【提醒】单元{unitCode}的{kindName}将于{dueDate}到期（{reference}）。",
        [ExpiryFired] = "【到期】单元{unitCode}的{kindName}已于{dueDate}届满（{reference}）：{outcome}",
        [CaseHeldByRestriction] = "【中止】单元{unitCode}已登记{restriction}（{reference}，业务件{byCase}），在办业务件{caseNumber}（{businessType}）已中止办理，请核实后处理。",
        [BookingReport] = "【上报】业务件{caseNumber}（{businessType}）于{bookedAt}登簿，单元{units}，证书/证明号{certificateNo}。",
        [CertificateReady] = "您好，您的业务件{caseNumber}已办结，您的不动产权证书已可领取，请携带身份证件到{office}领取。",
    };

    /// <summary>The known template keys.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    /// <summary>Renders a template.</summary>
    /// <param name="templateKey">The key.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The template is unknown or a placeholder has no parameter.</exception>
    public static string Render(string templateKey, IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(templateKey);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!Texts.TryGetValue(templateKey, out var template))
        {
            throw new ArgumentException($"Unknown notification template '{templateKey}'; known: {string.Join(", ", Texts.Keys)}.", nameof(templateKey));
        }

        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (!parameters.TryGetValue(name, out var value))
            {
                throw new ArgumentException($"Template '{templateKey}' needs parameter '{name}'.", nameof(parameters));
            }

            text.Append(value);
            i = close + 1;
        }

        return text.ToString();
    }
}
