namespace Registry.Application.Notifications;

/// <summary>A stored outbox message being delivered.</summary>
/// <param name="Id">The message id; delivery is idempotent by it.</param>
/// <param name="Message">The message.</param>
/// <param name="Attempts">Attempts made before this one.</param>
/// <param name="CreatedAt">When it was enqueued.</param>
public sealed record OutboxEnvelope(Guid Id, OutboxMessage Message, int Attempts, DateTimeOffset CreatedAt);
