namespace Registry.Application.Notifications;

/// <summary>Delivery state of an outbox message.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for (another) delivery attempt.</summary>
    Pending = 0,

    /// <summary>Delivered.</summary>
    Delivered = 1,

    /// <summary>Gave up after the maximum number of attempts.</summary>
    Failed = 2,
}
