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

    /// <summary>Applicant: the application was accepted (受理).</summary>
    public const string ApplicantAccepted = "applicant.accepted";

    /// <summary>Applicant: materials must be supplemented (补正), with the reason.</summary>
    public const string SupplementNeeded = "applicant.supplement-needed";

    /// <summary>Applicant: the case was approved (核定) and goes to booking.</summary>
    public const string ApplicantApproved = "applicant.approved";

    /// <summary>Applicant: registration refused (不予登记), with the reason.</summary>
    public const string ApplicantRefused = "applicant.refused";

    /// <summary>Staff alert: a message failed for good after its retries.</summary>
    public const string NotificationFailed = "notification.failed";

    /// <summary>Staff alert: the register/journal verification found a broken link.</summary>
    public const string LedgerBroken = "ledger.broken";

    /// <summary>The culture messages are sent in.</summary>
    public const string DefaultCulture = "zh-CN";

    // The texts are data (notification-templates.json, embedded), so an office can read and change them without code.
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = Load();

    /// <summary>The known template keys.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    /// <summary>The cultures every template has a text in.</summary>
    public static IReadOnlyCollection<string> Cultures { get; } = ["zh-CN", "en"];

    /// <summary>Renders a template.</summary>
    /// <param name="templateKey">The key.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The template is unknown or a placeholder has no parameter.</exception>
    public static string Render(string templateKey, IReadOnlyDictionary<string, string> parameters) => Render(templateKey, parameters, DefaultCulture);

    /// <summary>Renders a template in <paramref name="culture"/> (zh-CN or en).</summary>
    /// <param name="templateKey">The key.</param>
    /// <param name="parameters">The parameters.</param>
    /// <param name="culture">zh-CN or en.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The template or culture is unknown or a placeholder has no parameter.</exception>
    public static string Render(string templateKey, IReadOnlyDictionary<string, string> parameters, string culture)
    {
        ArgumentNullException.ThrowIfNull(templateKey);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!Texts.TryGetValue(templateKey, out var texts))
        {
            throw new ArgumentException($"Unknown notification template '{templateKey}'; known: {string.Join(", ", Texts.Keys)}.", nameof(templateKey));
        }

        if (!texts.TryGetValue(culture, out var template))
        {
            throw new ArgumentException($"Template '{templateKey}' has no text in '{culture}'.", nameof(culture));
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

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = typeof(NotificationTemplates).Assembly.GetManifestResourceStream("Registry.Application.Notifications.notification-templates.json")
            ?? throw new InvalidOperationException("notification-templates.json is not embedded in Registry.Application.");
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        var texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var template in document.RootElement.GetProperty("templates").EnumerateObject())
        {
            texts[template.Name] = template.Value.EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
        }

        return texts;
    }
}
