namespace Registry.Application.RuleSets;

/// <summary>Progress of a dry run over finished cases.</summary>
/// <param name="Done">Cases evaluated so far.</param>
/// <param name="Total">Cases to evaluate.</param>
public sealed record RuleDryRunProgress(int Done, int Total);
