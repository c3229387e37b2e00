using Registry.Application.Notifications;

namespace Registry.Persistence.Notifications;

/// <summary>One notification waiting for or past delivery.</summary>
internal sealed class OutboxMessageRow
{
    public Guid Id { get; set; }

    public NotificationChannel Channel { get; set; }

    public required string Recipient { get; set; }

    public required string TemplateKey { get; set; }

    public required string ParametersJson { get; set; }

    public required string Text { get; set; }

    public string? CaseNumber { get; set; }

    /// <summary>Unique: a second message with the same key is never stored.</summary>
    public required string DedupeKey { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the last delivery attempt was claimed; null before the first.</summary>
    public DateTimeOffset? LastAttemptAt { get; set; }
}
