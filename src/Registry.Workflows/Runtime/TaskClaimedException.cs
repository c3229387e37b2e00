namespace Registry.Workflows.Runtime;

/// <summary>The human task is claimed (签收) by someone else: only the assignee may complete or release it.</summary>
public sealed class TaskClaimedException : WorkflowException
{
    /// <summary>Creates the exception from the claimed bookmark.</summary>
    /// <param name="bookmark">The open bookmark with its assignee.</param>
    /// <param name="attemptedBy">Who tried to act on it.</param>
    /// <param name="displayOffset">The offset used to show the claim time.</param>
    public TaskClaimedException(Bookmark bookmark, string attemptedBy, TimeSpan displayOffset)
        : base(Describe(bookmark, attemptedBy, displayOffset))
    {
        Bookmark = bookmark;
        AttemptedBy = attemptedBy;
    }

    /// <summary>The bookmark as stored, with <see cref="Runtime.Bookmark.Assignee"/> set.</summary>
    public Bookmark Bookmark { get; }

    /// <summary>Who tried to act on the task.</summary>
    public string AttemptedBy { get; }

    private static string Describe(Bookmark bookmark, string attemptedBy, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        var since = bookmark.ClaimedAt is { } at ? " since " + at.ToOffset(offset).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return $"task {bookmark.NodeName} is claimed by {bookmark.Assignee}{since}; {attemptedBy} cannot act on it unless it is released";
    }
}
