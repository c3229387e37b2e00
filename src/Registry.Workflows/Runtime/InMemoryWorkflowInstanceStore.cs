using System.Collections.Concurrent;
using Registry.Workflows.Journal;
using Registry.Workflows.Worklist;

namespace Registry.Workflows.Runtime;

/// <summary>
/// Instances and journals in memory. Instances are immutable records, so they are stored as they are; a commit swaps the
/// record under a per-instance lock after checking the version (the same check a database does with a row version).
/// </summary>
internal sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore, IWorkTaskQuery
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.TryGetValue(instanceId, out var entry) ? entry.Instance : null);

    public Task CommitAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(journal);
        if (instance.Version != expectedVersion + 1)
        {
            throw new ArgumentException($"instance version {instance.Version} must be expected version {expectedVersion} + 1", nameof(instance));
        }

        if (expectedVersion == 0)
        {
            if (!_entries.TryAdd(instance.Id, new Entry(instance, [.. journal])))
            {
                throw new WorkflowConcurrencyException($"instance {instance.Id} already exists");
            }

            return Task.CompletedTask;
        }

        if (!_entries.TryGetValue(instance.Id, out var entry))
        {
            throw new WorkflowConcurrencyException($"instance {instance.Id} does not exist");
        }

        lock (entry.Gate)
        {
            if (entry.Instance.Version != expectedVersion)
            {
                throw new WorkflowConcurrencyException($"instance {instance.Id} is at version {entry.Instance.Version}, not {expectedVersion}");
            }

            entry.Instance = instance;
            entry.Journal.AddRange(journal);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        if (!_entries.TryGetValue(instanceId, out var entry))
        {
            return Task.FromResult<IReadOnlyList<JournalEntry>>([]);
        }

        lock (entry.Gate)
        {
            return Task.FromResult<IReadOnlyList<JournalEntry>>([.. entry.Journal]);
        }
    }

    public Task<IReadOnlyList<Guid>> FindDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Guid>>(_entries.Values
            .Select(e => e.Instance)
            .Where(i => i.OpenBookmarks.Any(b => b.DueAt <= now))
            .Select(i => i.Id)
            .Take(maxCount)
            .ToList());

    public Task<WorkTaskPage> FindAsync(WorkTaskCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        criteria.Validate();
        var roles = criteria.Roles is { Count: > 0 } r ? r.ToHashSet(StringComparer.Ordinal) : null;
        bool InRoles(Bookmark b) => roles is not null && ((b.Role is not null && roles.Contains(b.Role)) || (b.CandidateGroup is not null && roles.Contains(b.CandidateGroup)));
        bool Visible(Bookmark b) => (roles, criteria.Assignee) switch
        {
            (not null, null) => InRoles(b),
            (null, { } who) => b.Assignee == who,
            (_, { } who) => (InRoles(b) && b.Assignee is null) || b.Assignee == who,
            _ => false,
        };

        var matches = _entries.Values
            .Select(e => e.Instance)
            .Where(i => criteria.DefinitionId is null || i.DefinitionId == criteria.DefinitionId)
            .Where(i => criteria.CorrelationIdPrefix is null || (i.CorrelationId?.StartsWith(criteria.CorrelationIdPrefix, StringComparison.Ordinal) ?? false))
            .SelectMany(i => i.OpenBookmarks.Where(b => b.Kind == BookmarkKind.HumanTask).Select(b => (Instance: i, Bookmark: b)))
            .Where(x => Visible(x.Bookmark))
            .Where(x => criteria.Claim switch
            {
                ClaimFilter.Claimed => x.Bookmark.Assignee is not null,
                ClaimFilter.Unclaimed => x.Bookmark.Assignee is null,
                _ => true,
            })
            .OrderBy(x => x.Bookmark.CreatedAt)
            .ThenBy(x => x.Bookmark.Id, StringComparer.Ordinal)
            .ToList();
        var page = matches.Skip(criteria.Skip).Take(criteria.Take).Select(x => new WorkTask(
            x.Instance.Id,
            x.Bookmark.Id,
            x.Instance.DefinitionId,
            x.Instance.DefinitionVersion,
            x.Instance.CorrelationId,
            x.Bookmark.NodeId,
            x.Bookmark.NodeName,
            x.Bookmark.Role,
            x.Bookmark.CandidateGroup,
            x.Bookmark.Assignee,
            x.Bookmark.ClaimedAt,
            x.Bookmark.CreatedAt,
            x.Instance.Status == InstanceStatus.Suspended)).ToList();
        return Task.FromResult(new WorkTaskPage(page, matches.Count));
    }

    private sealed class Entry(WorkflowInstance instance, List<JournalEntry> journal)
    {
        public Lock Gate { get; } = new();

        public WorkflowInstance Instance { get; set; } = instance;

        public List<JournalEntry> Journal { get; } = journal;
    }
}
