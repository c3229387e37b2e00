namespace Registry.Application.Migration;

/// <summary>A node of the target version an instance may land on.</summary>
/// <param name="NodeId">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its activity kind.</param>
public sealed record MigrationTargetNode(string NodeId, string Name, string Kind);
