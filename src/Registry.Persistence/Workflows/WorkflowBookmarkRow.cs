namespace Registry.Persistence.Workflows;

/// <summary>
/// One open bookmark of an instance — the worklist (待办) and timer index. Derived from the instance state and rewritten
/// on every commit in the same transaction, so it never disagrees with the instance.
/// </summary>
internal sealed class WorkflowBookmarkRow
{
    public Guid InstanceId { get; set; }

    public required string BookmarkId { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public string? CorrelationId { get; set; }

    /// <summary>The instance's status (running, suspended); suspended instances' timers are not swept.</summary>
    public required string InstanceStatus { get; set; }

    public required string NodeId { get; set; }

    public required string NodeName { get; set; }

    public required string Kind { get; set; }

    public string? Role { get; set; }

    public string? CandidateGroup { get; set; }

    public string? Assignee { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? SignalName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }
}
