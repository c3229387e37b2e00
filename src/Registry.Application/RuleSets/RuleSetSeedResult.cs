namespace Registry.Application.RuleSets;

/// <summary>What loading the shipped rule-set files did.</summary>
/// <param name="Published">Sets published (name vN).</param>
/// <param name="Unchanged">Sets whose file version the database already has (or a later one published by an admin).</param>
/// <param name="Skipped">Files the database has a different text for under the same version (give the file a new version).</param>
public sealed record RuleSetSeedResult(IReadOnlyList<string> Published, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Skipped);
