using System.Collections.Immutable;
using System.Globalization;

namespace Registry.Application.Migration;

/// <summary>
/// A migration plan (迁移方案, Camunda's model): the running instances of one definition version move to another version,
/// each waiting node landing on the node <see cref="Mapping"/> names (nodes the target has under the same id map to
/// themselves unless the plan says otherwise).
/// </summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="SourceVersion">The version the instances run on.</param>
/// <param name="TargetVersion">The published version they move to.</param>
/// <param name="Mapping">Source node id → target node id, for the nodes mapped by hand or by id.</param>
public sealed record MigrationPlan(string DefinitionId, int SourceVersion, int TargetVersion, ImmutableDictionary<string, string> Mapping)
{
    /// <summary>How the journal names the plan: definition, versions and every mapping that is not by id.</summary>
    public string Describe()
    {
        var byHand = Mapping.Where(m => !string.Equals(m.Key, m.Value, StringComparison.Ordinal))
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => $"{m.Key}→{m.Value}");
        var text = string.Create(CultureInfo.InvariantCulture, $"{DefinitionId} v{SourceVersion}→v{TargetVersion}");
        var mapped = string.Join(", ", byHand);
        return mapped.Length == 0 ? text : $"{text} ({mapped})";
    }
}
