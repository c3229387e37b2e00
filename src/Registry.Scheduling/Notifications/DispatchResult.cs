namespace Registry.Scheduling.Notifications;

/// <summary>What one dispatcher run did.</summary>
/// <param name="Delivered">Messages delivered.</param>
/// <param name="Retrying">Messages that failed and will be retried.</param>
/// <param name="Failed">Messages that failed for good.</param>
public sealed record DispatchResult(int Delivered, int Retrying, int Failed);
