namespace Registry.Application.Migration;

/// <summary>One unended instance under a plan: where it waits, where it would land, or why it cannot move.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CaseNumber">Its case (the instance's correlation), or empty.</param>
/// <param name="From">The names of the nodes it waits on now.</param>
/// <param name="To">The names of the nodes it would land on (empty when it cannot move).</param>
/// <param name="Block">Why it cannot move, or <see cref="MigrationBlock.None"/>.</param>
/// <param name="BlockedAt">The node the block is about (its name), or null.</param>
/// <param name="ClaimedBy">Who holds one of its tasks now (the move opens the task afresh, unclaimed), or null.</param>
public sealed record MigrationDryRunRow(
    Guid InstanceId,
    string CaseNumber,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    MigrationBlock Block,
    string? BlockedAt,
    string? ClaimedBy)
{
    /// <summary>Whether the instance can move under the plan.</summary>
    public bool CanMove => Block == MigrationBlock.None;
}
