namespace Registry.Application.Migration;

/// <summary>One node of the source version where instances can wait, and where the plan sends it.</summary>
/// <param name="NodeId">The source node.</param>
/// <param name="Name">Its name in the source version.</param>
/// <param name="Kind">Its activity kind.</param>
/// <param name="Waiting">How many unended instances wait there now.</param>
/// <param name="ById">The target node of the same id and kind, when the target has one (mapped automatically).</param>
/// <param name="Choices">The target nodes of the same kind it may be mapped to by hand.</param>
public sealed record MigrationNodeRow(string NodeId, string Name, string Kind, int Waiting, string? ById, IReadOnlyList<MigrationTargetNode> Choices);
