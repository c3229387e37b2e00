using System.Collections.Immutable;

namespace Registry.Application.Migration;

/// <summary>What the plan editor shows for a source and a target version: the waiting nodes and their automatic mapping.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="SourceVersion">The source version.</param>
/// <param name="TargetVersion">The target version.</param>
/// <param name="Nodes">The source version's waiting nodes.</param>
/// <param name="Unended">How many instances run (or are suspended) on the source version.</param>
public sealed record MigrationProposal(string DefinitionId, int SourceVersion, int TargetVersion, IReadOnlyList<MigrationNodeRow> Nodes, int Unended)
{
    /// <summary>The plan with every node mapped by id and nothing by hand.</summary>
    public MigrationPlan ById() => new(
        DefinitionId,
        SourceVersion,
        TargetVersion,
        Nodes.Where(n => n.ById is not null).ToImmutableDictionary(n => n.NodeId, n => n.ById!, StringComparer.Ordinal));
}
