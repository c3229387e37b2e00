using Registry.Application.Notifications;

namespace Registry.Application.Deadlines;

/// <summary>One conditional change of a batch: stored only if the row still has the stage and version read.</summary>
/// <param name="Updated">The new state.</param>
/// <param name="ExpectedStage">The stage the caller read.</param>
/// <param name="ExpectedVersion">The version the caller read.</param>
/// <param name="Notifications">Messages to enqueue if (and only if) this change is stored.</param>
public sealed record CaseDeadlineUpdate(CaseDeadlineRecord Updated, DeadlineStage ExpectedStage, long ExpectedVersion, IReadOnlyList<OutboxMessage> Notifications);
