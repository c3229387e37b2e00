namespace Registry.Application.Notifications;

/// <summary>The delivery record of one message: sent or failed, attempts, the last attempt and error.</summary>
/// <param name="Id">The message id.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Recipient">The recipient.</param>
/// <param name="TemplateKey">The template.</param>
/// <param name="Status">Pending, delivered or failed for good.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="LastAttemptAt">When the last attempt was made.</param>
/// <param name="DeliveredAt">When it was delivered.</param>
/// <param name="LastError">The last attempt's error.</param>
public sealed record OutboxDelivery(
    Guid Id, NotificationChannel Channel, string Recipient, string TemplateKey, OutboxStatus Status, int Attempts,
    DateTimeOffset? LastAttemptAt, DateTimeOffset? DeliveredAt, string? LastError);
