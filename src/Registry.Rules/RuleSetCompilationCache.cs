using System.Collections.Concurrent;
using Registry.Rules.Compilation;

namespace Registry.Rules;

/// <summary>
/// Compiled rule sets keyed by name, version and content hash, so loading the same published version again (another
/// catalogue, a designer preview) does not recompile. Register one instance as a singleton.
/// </summary>
public sealed class RuleSetCompilationCache
{
    private readonly ConcurrentDictionary<string, object> _compiled = new(StringComparer.Ordinal);

    /// <summary>Number of compiled rule sets held.</summary>
    public int Count => _compiled.Count;

    internal bool TryGet<TFacts>(string key, out CompiledRuleSet<TFacts>? set)
    {
        set = _compiled.TryGetValue(key, out var o) ? o as CompiledRuleSet<TFacts> : null;
        return set is not null;
    }

    internal void Add<TFacts>(string key, CompiledRuleSet<TFacts> set) => _compiled.TryAdd(key, set);
}
