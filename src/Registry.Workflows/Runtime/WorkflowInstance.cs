using System.Collections.Immutable;

namespace Registry.Workflows.Runtime;

/// <summary>
/// The persisted state of one running workflow: plain, immutable and JSON-serialisable, so a store can keep it as a document.
/// <see cref="Version"/> is the optimistic-concurrency token; every committed step increments it.
/// </summary>
/// <param name="Id">Instance id.</param>
/// <param name="DefinitionId">The definition id.</param>
/// <param name="DefinitionVersion">The definition version the instance runs on (fixed unless migrated).</param>
/// <param name="CorrelationId">The caller's key (e.g. a case number).</param>
/// <param name="Status">Current status.</param>
/// <param name="Version">Concurrency token, 1 after start.</param>
/// <param name="CreatedAt">Start time.</param>
/// <param name="UpdatedAt">Time of the last committed step.</param>
/// <param name="Variables">Instance variables (strings; conditions compare them numerically when both sides are numbers).</param>
/// <param name="OpenBookmarks">Where the instance waits now.</param>
/// <param name="ClosedBookmarks">Bookmarks completed or cancelled, newest last.</param>
/// <param name="JoinArrivals">Per join node, the source nodes whose branch has arrived in the current round.</param>
/// <param name="VisitedTasks">Human-task node ids completed at least once (valid return targets).</param>
/// <param name="ClockIntervals">Pause/running intervals for the scheduling layer.</param>
/// <param name="JournalSequence">The sequence number of the last journal entry written.</param>
public sealed record WorkflowInstance(
    Guid Id,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    InstanceStatus Status,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    ImmutableDictionary<string, string> Variables,
    ImmutableArray<Bookmark> OpenBookmarks,
    ImmutableArray<ClosedBookmark> ClosedBookmarks,
    ImmutableDictionary<string, ImmutableArray<string>> JoinArrivals,
    ImmutableArray<string> VisitedTasks,
    ImmutableArray<ClockInterval> ClockIntervals,
    long JournalSequence)
{
    /// <summary>True when the instance has ended (completed, rejected or withdrawn).</summary>
    public bool IsEnded => Status is InstanceStatus.Completed or InstanceStatus.Rejected or InstanceStatus.Withdrawn;

    /// <summary>The node ids the instance currently waits on.</summary>
    public IReadOnlyList<string> CurrentNodeIds => OpenBookmarks.Select(b => b.NodeId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The intervals during which the clock is paused (closed and open), for deadline computation.</summary>
    public IReadOnlyList<ClockInterval> PauseIntervals => ClockIntervals.Where(i => i.Effect == ClockEffect.Paused).ToList();
}
