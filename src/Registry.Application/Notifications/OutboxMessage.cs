namespace Registry.Application.Notifications;

/// <summary>
/// A notification to enqueue. <see cref="DedupeKey"/> is unique in the outbox: enqueueing a key that is already
/// there does nothing, which is what makes warnings fire once across restarts and application nodes.
/// </summary>
/// <param name="Channel">In-app (staff) or SMS (applicant).</param>
/// <param name="Recipient">A staff user (<c>user:wang.fang</c>), a role (<c>role:office-lead</c>) or a mobile number for SMS.</param>
/// <param name="TemplateKey">The template, e.g. <c>deadline.amber</c>.</param>
/// <param name="Parameters">The template parameters.</param>
/// <param name="Text">The rendered text (zh-CN).</param>
/// <param name="DedupeKey">The unique key, e.g. <c>deadline:2025-000123:Amber:638…</c>.</param>
public sealed record OutboxMessage(
    NotificationChannel Channel,
    string Recipient,
    string TemplateKey,
    IReadOnlyDictionary<string, string> Parameters,
    string Text,
    string DedupeKey)
{
    /// <summary>The case the message is about, if any (shown in the inbox).</summary>
    public string? CaseNumber { get; init; }

    /// <summary>Builds a message from a template of <see cref="NotificationTemplates"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="recipient">The recipient.</param>
    /// <param name="templateKey">The template key.</param>
    /// <param name="parameters">The parameters the template needs.</param>
    /// <param name="dedupeKey">The unique key.</param>
    /// <returns>The message with its text rendered.</returns>
    /// <exception cref="ArgumentException">The template is unknown or a parameter is missing (named in the message).</exception>
    public static OutboxMessage Create(
        NotificationChannel channel, string recipient, string templateKey, IReadOnlyDictionary<string, string> parameters, string dedupeKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupeKey);
        return new OutboxMessage(channel, recipient, templateKey, parameters, NotificationTemplates.Render(templateKey, parameters), dedupeKey);
    }
}
