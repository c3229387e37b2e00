namespace Registry.Cli.Scenarios;

/// <summary>One entry of a case's workflow history (journal): a task closed, a return, a suspension, a signal…</summary>
/// <param name="At">When.</param>
/// <param name="Action">completed, returned, suspended, resumed, withdrawn, signalled, ended, incidentRaised…</param>
/// <param name="Node">The node, if any.</param>
/// <param name="NodeName">Its display name.</param>
/// <param name="By">Who (login, or <c>system</c>).</param>
/// <param name="Outcome">The outcome (approve, return, reject, suspend…).</param>
/// <param name="Reason">The reason code given, if any.</param>
/// <param name="Opinion">The opinion or reason text.</param>
public sealed record ScenarioHistoryEntry(DateTimeOffset At, string Action, string? Node, string? NodeName, string By, string? Outcome, string? Reason, string? Opinion);
