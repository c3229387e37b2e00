using Registry.Application.Designer;

namespace Registry.Application.RuleSets;

/// <summary>One version in a rule set's history: who published it, when, why, and what changed against the version before.</summary>
/// <param name="Version">The published version.</param>
/// <param name="Diff">Line diff of its document against the previous version (all added for the first).</param>
public sealed record RuleSetHistoryEntry(RuleSetVersionRecord Version, IReadOnlyList<DiffLine> Diff)
{
    /// <summary>Rules whose version changed in this version (new or edited).</summary>
    public IReadOnlyList<RuleVersionRecord> ChangedRules { get; init; } = [];
}
