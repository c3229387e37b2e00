namespace Registry.Persistence.Notifications;

/// <summary>An in-app notification delivered to a staff user or role; keyed by the outbox message id (idempotent delivery).</summary>
internal sealed class InboxItemRow
{
    public Guid MessageId { get; set; }

    public required string Recipient { get; set; }

    public required string TemplateKey { get; set; }

    public required string Text { get; set; }

    public string? CaseNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
