namespace Registry.Workflows.Runtime;

/// <summary>The task was already completed (or cancelled) by someone else; names who and when.</summary>
public sealed class TaskAlreadyCompletedException : WorkflowConcurrencyException
{
    /// <summary>Creates the exception from the closed bookmark.</summary>
    /// <param name="closed">The bookmark as closed, with who and when.</param>
    /// <param name="displayOffset">The offset used to show the time.</param>
    public TaskAlreadyCompletedException(ClosedBookmark closed, TimeSpan displayOffset)
        : base(Describe(closed, displayOffset))
    {
        Closed = closed;
    }

    /// <summary>Who closed the task, when and with what outcome.</summary>
    public ClosedBookmark Closed { get; }

    private static string Describe(ClosedBookmark closed, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(closed);
        var verb = closed.Outcome is "cancelled" or "migrated" ? closed.Outcome : "completed";
        var at = closed.ClosedAt.ToOffset(offset).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return $"task {closed.Bookmark.NodeName} already {verb} by {closed.ClosedBy} at {at}";
    }
}
