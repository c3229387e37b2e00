namespace Registry.Workflows.Runtime;

/// <summary>A point where an instance waits: a human task, a signal or a timer.</summary>
/// <param name="Id">Unique bookmark id (also the task id a worklist shows).</param>
/// <param name="NodeId">The node that waits.</param>
/// <param name="NodeName">The node's display name, kept for messages.</param>
/// <param name="Kind">What the bookmark waits for.</param>
/// <param name="CreatedAt">When the bookmark was created.</param>
/// <param name="Role">Human task: the role allowed to complete it.</param>
/// <param name="CandidateGroup">Human task: the candidate group, if any.</param>
/// <param name="SignalName">Signal: the signal name.</param>
/// <param name="DueAt">Timer: the due instant.</param>
/// <param name="Assignee">Human task: the person who claimed it (签收); only they may complete it until it is released.</param>
/// <param name="ClaimedAt">Human task: when it was claimed.</param>
public sealed record Bookmark(
    string Id,
    string NodeId,
    string NodeName,
    BookmarkKind Kind,
    DateTimeOffset CreatedAt,
    string? Role = null,
    string? CandidateGroup = null,
    string? SignalName = null,
    DateTimeOffset? DueAt = null,
    string? Assignee = null,
    DateTimeOffset? ClaimedAt = null);
