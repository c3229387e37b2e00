namespace Registry.Application.Notifications;

/// <summary>Applicant notices and their channels (configuration section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Notifications";

    /// <summary>The public progress page's address printed in the acceptance notice.</summary>
    public string ProgressUrl { get; set; } = "http://localhost:5000/progress";

    /// <summary>Also send applicants a WeChat template message (the gateway resolves the mobile number to the follower).</summary>
    public bool WeChatEnabled { get; set; } = true;

    /// <summary>Who is told (in-app) when a message fails for good or the ledger verification finds a broken link.</summary>
    public string AlertRecipient { get; set; } = "role:business-admin";
}
