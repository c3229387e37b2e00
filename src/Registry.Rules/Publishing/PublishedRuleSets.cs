using Microsoft.Extensions.Logging;
using Registry.Application.RuleSets;

namespace Registry.Rules.Publishing;

/// <summary>
/// The rule sets this node runs: the latest published version of each set in the database, compiled once per published
/// combination (a <see cref="RuleSetCatalogue"/> with its NRules session factories; the compiled sets themselves are
/// cached per name, version and content in <see cref="RuleSetCompilationCache"/>). Before a review or self-check run the
/// node compares one number with the database (<see cref="IRuleSetVersionStore.PublishedStampAsync"/>, a count of
/// published versions): a publish on any node is seen by the next review everywhere, without a restart and without a
/// message bus. A change token was not chosen because it only reaches the node that published. Until anything is
/// published (a database before first run) the shipped files run.
/// </summary>
internal sealed class PublishedRuleSets(RuleSetCatalogue shipped, IRuleSetVersionStore store, RuleSetCompilationCache cache, ILogger<PublishedRuleSets> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<RuleSetSnapshot> _shipped = new(() => new RuleSetSnapshot(0, shipped));
    private RuleSetSnapshot? _current;
    private long _failedStamp = -1;

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>The last snapshot loaded (the shipped files before any).</summary>
    public RuleSetSnapshot Last => Volatile.Read(ref _current) ?? _shipped.Value;

    /// <summary>The snapshot of the versions published now, loading and compiling them when the stamp moved.</summary>
    public async ValueTask<RuleSetSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await store.PublishedStampAsync(cancellationToken);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Stamp == stamp)
        {
            return current;
        }

        if (stamp == 0 || stamp == Volatile.Read(ref _failedStamp))
        {
            return current ?? _shipped.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.Stamp == stamp)
            {
                return current;
            }

            var latest = await store.ListLatestAsync(cancellationToken);
            try
            {
                var catalogue = RuleSetCatalogue.Load(latest.Select(r => ($"{r.Name} v{r.Version}", r.Document)), shipped.Materials, cache);
                current = new RuleSetSnapshot(stamp, catalogue);
                Volatile.Write(ref _current, current);
                logger.LogInformation("Rule sets now running: {RuleSets}", string.Join(", ", latest.Select(r => $"{r.Name} v{r.Version}")));
                return current;
            }
            catch (RuleSetValidationException ex)
            {
                // A published version this node cannot compile (e.g. a newer fact model on another node) must not stop
                // reviews: keep running what ran before, and say so once.
                Volatile.Write(ref _failedStamp, stamp);
                logger.LogError(ex, "Published rule sets could not be compiled on this node; still running the previous versions");
                return _current ?? _shipped.Value;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
