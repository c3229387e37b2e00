namespace Registry.Application.Migration;

/// <summary>What happened to one instance when the plan ran.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CaseNumber">Its case, or empty.</param>
/// <param name="Moved">Whether it moved (committed).</param>
/// <param name="Block">Why not, or <see cref="MigrationBlock.None"/>.</param>
/// <param name="Detail">The node or the engine's message the block is about, or null.</param>
public sealed record MigrationOutcome(Guid InstanceId, string CaseNumber, bool Moved, MigrationBlock Block, string? Detail);
