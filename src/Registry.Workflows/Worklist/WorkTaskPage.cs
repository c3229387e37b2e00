namespace Registry.Workflows.Worklist;

/// <summary>One page of a worklist.</summary>
/// <param name="Items">The tasks on this page, oldest first.</param>
/// <param name="TotalCount">How many tasks match in all.</param>
public sealed record WorkTaskPage(IReadOnlyList<WorkTask> Items, int TotalCount);
