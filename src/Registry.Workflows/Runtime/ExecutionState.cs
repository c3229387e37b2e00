using System.Collections.Immutable;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Runtime;

/// <summary>The mutable working copy of an instance during one step; <see cref="Build"/> freezes it for commit.</summary>
internal sealed class ExecutionState
{
    private readonly WorkflowInstance _original;
    private readonly List<ClosedBookmark> _closed = [];
    private long _sequence;

    public ExecutionState(WorkflowInstance original, DateTimeOffset now, string actor)
    {
        _original = original;
        Now = now;
        Actor = actor;
        Status = original.Status;
        Variables = original.Variables.ToBuilder();
        Open = [.. original.OpenBookmarks];
        JoinArrivals = original.JoinArrivals.ToBuilder();
        VisitedTasks = original.VisitedTasks;
        Intervals = [.. original.ClockIntervals];
        _sequence = original.JournalSequence;
    }

    public DateTimeOffset Now { get; }

    public string Actor { get; }

    public Guid InstanceId => _original.Id;

    public string? CorrelationId => _original.CorrelationId;

    public string DefinitionId => _original.DefinitionId;

    public int DefinitionVersion { get; set; }

    public long BaseVersion => _original.Version;

    public InstanceStatus Status { get; set; }

    public ImmutableDictionary<string, string>.Builder Variables { get; }

    public List<Bookmark> Open { get; }

    public ImmutableDictionary<string, ImmutableArray<string>>.Builder JoinArrivals { get; }

    public ImmutableArray<string> VisitedTasks { get; set; }

    public List<ClockInterval> Intervals { get; }

    public List<JournalEntry> Journal { get; } = [];

    public bool IsEnded => Status is InstanceStatus.Completed or InstanceStatus.Rejected or InstanceStatus.Withdrawn;

    public void Write(
        JournalAction action,
        string? nodeId,
        string? nodeName,
        string? outcome = null,
        string? opinion = null,
        ImmutableDictionary<string, string>? inputs = null,
        string? ruleResultReference = null,
        string? actor = null) =>
        Journal.Add(new JournalEntry(
            InstanceId,
            ++_sequence,
            Now,
            action,
            nodeId,
            nodeName,
            actor ?? Actor,
            outcome,
            opinion,
            inputs ?? ImmutableDictionary<string, string>.Empty,
            ruleResultReference));

    public void Close(Bookmark bookmark, string outcome, string? closedBy = null)
    {
        Open.Remove(bookmark);
        _closed.Add(new ClosedBookmark(bookmark, closedBy ?? Actor, Now, outcome));
    }

    public void CancelAll(string reason)
    {
        foreach (var bookmark in Open.ToList())
        {
            Cancel(bookmark, reason);
        }

        JoinArrivals.Clear();
    }

    /// <summary>Cancels one open bookmark: closes it, ends intervals its node opened (except a suspension), and journals it.</summary>
    public void Cancel(Bookmark bookmark, string reason)
    {
        Close(bookmark, "cancelled", "system");
        CloseNodeIntervals(bookmark.NodeId);
        Write(JournalAction.Cancelled, bookmark.NodeId, bookmark.NodeName, "cancelled", reason, actor: "system");
    }

    /// <summary>Ends the intervals a node opened (return, supplement, paused wait) once that node is done or cancelled.</summary>
    public void CloseNodeIntervals(string nodeId) =>
        CloseIntervals(i => i.NodeId == nodeId && i.Reason != SuspensionReason);

    public const string SuspensionReason = "suspension";

    /// <summary>The instance variable holding an open incident's reason at <paramref name="nodeId"/>.</summary>
    public static string IncidentVariable(string nodeId) => $"{nodeId}.incident";

    /// <summary>Holds the instance at a node whose automatic step failed: an incident bookmark, its reason, a journal entry.</summary>
    public void RaiseIncident(string nodeId, string nodeName, string bookmarkId, string reason)
    {
        Open.Add(new Bookmark(bookmarkId, nodeId, nodeName, BookmarkKind.Incident, Now));
        Variables[IncidentVariable(nodeId)] = reason;
        Write(JournalAction.IncidentRaised, nodeId, nodeName, "incident", reason, actor: "system");
    }

    public bool HasOpenBookmarkOn(string nodeId) => Open.Exists(b => b.NodeId == nodeId);

    public void MarkVisited(string nodeId)
    {
        if (!VisitedTasks.Contains(nodeId))
        {
            VisitedTasks = VisitedTasks.Add(nodeId);
        }
    }

    public void OpenInterval(ClockEffect effect, string reason, string? code, string? text, string? nodeId) =>
        Intervals.Add(new ClockInterval(Now, null, effect, reason, code, text, nodeId));

    /// <summary>Closes open intervals matching the predicate.</summary>
    public void CloseIntervals(Func<ClockInterval, bool> match)
    {
        for (var i = 0; i < Intervals.Count; i++)
        {
            if (Intervals[i].End is null && match(Intervals[i]))
            {
                Intervals[i] = Intervals[i] with { End = Now };
            }
        }
    }

    public WorkflowInstance Build() => _original with
    {
        DefinitionVersion = DefinitionVersion == 0 ? _original.DefinitionVersion : DefinitionVersion,
        Status = Status,
        Version = _original.Version + 1,
        UpdatedAt = Now,
        Variables = Variables.ToImmutable(),
        OpenBookmarks = [.. Open],
        ClosedBookmarks = _closed.Count == 0 ? _original.ClosedBookmarks : _original.ClosedBookmarks.AddRange(_closed),
        JoinArrivals = JoinArrivals.ToImmutable(),
        VisitedTasks = VisitedTasks,
        ClockIntervals = [.. Intervals],
        JournalSequence = _sequence,
    };
}
