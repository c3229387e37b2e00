namespace Registry.Persistence.Workflows;

/// <summary>What loading the repository's workflow definitions did, each as <c>id vN</c>.</summary>
/// <param name="Published">Versions published now.</param>
/// <param name="Unchanged">Versions already published with the same content.</param>
/// <param name="Skipped">Versions not loaded, with the reason (the database holds something different under that number).</param>
public sealed record WorkflowSeedResult(IReadOnlyList<string> Published, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Skipped);
