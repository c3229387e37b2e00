using System.Collections.Concurrent;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Workflows;

/// <summary>
/// The last known (version, journal head, state) of recently used instances in this process. It never replaces reading the
/// row: a load still asks the database for the row's version and only skips fetching and deserialising the state when the
/// version is the cached one; a commit uses the cached journal head only when it belongs to the expected version (the
/// conditional UPDATE then proves the row is still at that version). Each entry is taken from one committed row or one
/// successful commit, so its three parts always belong together. Assumes the row only changes through a versioned
/// commit — a hand edit of <c>State</c> that keeps <c>Version</c> is not seen until the entry is evicted.
/// </summary>
internal sealed class WorkflowInstanceCache(int capacity = WorkflowInstanceCache.DefaultCapacity)
{
    public const int DefaultCapacity = 20_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public Entry? Get(Guid id) => _entries.TryGetValue(id, out var entry) ? entry : null;

    public void Set(Guid id, Entry entry)
    {
        // Crude bound: running instances are re-cached on their next load, so dropping everything at the limit is safe.
        if (_entries.Count >= capacity && !_entries.ContainsKey(id))
        {
            _entries.Clear();
        }

        _entries[id] = entry;
    }

    public void Remove(Guid id) => _entries.TryRemove(id, out _);

    /// <summary>What a committed row held.</summary>
    /// <param name="Version">The row's version.</param>
    /// <param name="JournalHead">The row's journal head hash at that version.</param>
    /// <param name="Instance">The deserialised state at that version.</param>
    public sealed record Entry(long Version, string JournalHead, WorkflowInstance Instance);
}
