namespace Registry.Cli.Scenarios;

/// <summary>An incident (异常) open on a case: an automatic step that could not proceed, held with its reason.</summary>
/// <param name="Node">The workflow node of the step (e.g. <c>record</c>).</param>
/// <param name="NodeName">Its display name.</param>
/// <param name="Reason">Why it could not proceed (the register's refusal, a rule's error, a source unavailable).</param>
public sealed record ScenarioIncident(string Node, string NodeName, string Reason);
