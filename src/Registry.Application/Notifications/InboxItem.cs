namespace Registry.Application.Notifications;

/// <summary>One in-app notification for a staff user or role.</summary>
/// <param name="MessageId">The outbox message id.</param>
/// <param name="Recipient">The user or role it was sent to.</param>
/// <param name="TemplateKey">The template.</param>
/// <param name="Text">The text.</param>
/// <param name="CaseNumber">The case, if any.</param>
/// <param name="CreatedAt">When it was delivered to the inbox.</param>
/// <param name="ReadAt">When it was read; null while unread.</param>
public sealed record InboxItem(Guid MessageId, string Recipient, string TemplateKey, string Text, string? CaseNumber, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
