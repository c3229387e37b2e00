namespace Registry.Application.Sequences;

/// <summary>
/// Hands out gap-tolerant, never-repeated numbers per key (case numbers per division and day, certificate numbers per
/// office, year and series). Durable: a number handed out is never handed out again, even across restarts and nodes.
/// </summary>
public interface ISequenceAllocator
{
    /// <summary>The next number for <paramref name="key"/>, starting at 1.</summary>
    Task<int> NextAsync(string key, CancellationToken cancellationToken = default);
}
