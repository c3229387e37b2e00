namespace Registry.Application.Notifications;

/// <summary>How a notification reaches its recipient.</summary>
public enum NotificationChannel
{
    /// <summary>The in-app inbox of a staff user or role.</summary>
    InApp = 0,

    /// <summary>A text message to an applicant's mobile number.</summary>
    Sms = 1,

    /// <summary>A booking report (登簿上报/汇交) to the higher-level data-exchange platform.</summary>
    Platform = 2,

    /// <summary>A WeChat template message (微信模板消息) to an applicant, addressed by mobile number through the office's gateway.</summary>
    WeChat = 3,

    /// <summary>
    /// A signed HTTP POST of a case result to an API client's webhook (bank outlet, court); the recipient is the client id.
    /// Numbered apart from the people-facing channels so new ones can take the next numbers.
    /// </summary>
    Webhook = 10,
}
