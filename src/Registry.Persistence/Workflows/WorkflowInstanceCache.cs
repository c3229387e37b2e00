using System.Collections.Concurrent;
using System.Collections.Immutable;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Workflows;

/// <summary>
/// The last known (version, journal head, state) of recently used instances in this process. It never replaces reading the
/// row: a load still asks the database for the row's version and only skips fetching and deserialising the state when the
/// version is the cached one; a commit uses the cached journal head only when it belongs to the expected version (the
/// conditional UPDATE then proves the row is still at that version). Each entry is taken from one committed row or one
/// successful commit, so its three parts always belong together. Assumes the row only changes through a versioned
/// commit — a hand edit of <c>State</c> that keeps <c>Version</c> is not seen until the entry is evicted.
/// <para>
/// Beside an entry, the instance's journal at that version may be kept (fewer of them: a journal is larger than a
/// state). It belongs to the entry's instance object, so a new entry for the id (a newer version, a reload) leaves it
/// unused, and removing the entry removes it. The journal only grows through the commit that also moves the version.
/// </para>
/// </summary>
internal sealed class WorkflowInstanceCache(int capacity = WorkflowInstanceCache.DefaultCapacity, int journalCapacity = WorkflowInstanceCache.DefaultJournalCapacity)
{
    public const int DefaultCapacity = 20_000;

    /// <summary>Journals kept: a case's journal is some tens of entries, a few KB; 5,000 of them stay under ~40 MB.</summary>
    public const int DefaultJournalCapacity = 5_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly ConcurrentDictionary<Guid, KnownJournal> _journals = new();

    public Entry? Get(Guid id) => _entries.TryGetValue(id, out var entry) ? entry : null;

    public void Set(Guid id, Entry entry)
    {
        // Crude bound: running instances are re-cached on their next load, so dropping everything at the limit is safe.
        if (_entries.Count >= capacity && !_entries.ContainsKey(id))
        {
            _entries.Clear();
            _journals.Clear();
        }

        _entries[id] = entry;
    }

    public void Remove(Guid id)
    {
        _entries.TryRemove(id, out _);
        _journals.TryRemove(id, out _);
    }

    /// <summary>The journal kept for <paramref name="instance"/>, if it is the cached entry's instance object.</summary>
    public ImmutableArray<JournalEntry>? JournalOf(Guid id, WorkflowInstance instance) =>
        _journals.TryGetValue(id, out var journal) && ReferenceEquals(journal.Instance, instance)
        && Get(id) is { } entry && ReferenceEquals(entry.Instance, instance)
            ? journal.Entries
            : null;

    /// <summary>Keeps <paramref name="entries"/> as the journal of <paramref name="instance"/>, only while that object is the cached entry's.</summary>
    public void SetJournal(Guid id, WorkflowInstance instance, ImmutableArray<JournalEntry> entries)
    {
        if (Get(id) is not { } entry || !ReferenceEquals(entry.Instance, instance))
        {
            return;
        }

        if (_journals.Count >= journalCapacity && !_journals.ContainsKey(id))
        {
            _journals.Clear();
        }

        _journals[id] = new KnownJournal(instance, entries);
    }

    /// <summary>What a committed row held.</summary>
    /// <param name="Version">The row's version.</param>
    /// <param name="JournalHead">The row's journal head hash at that version.</param>
    /// <param name="Instance">The deserialised state at that version.</param>
    public sealed record Entry(long Version, string JournalHead, WorkflowInstance Instance);

    private sealed record KnownJournal(WorkflowInstance Instance, ImmutableArray<JournalEntry> Entries);
}
