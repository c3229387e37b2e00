namespace Registry.Workflows.Ports;

/// <summary>The result of a rule set run as the engine needs it: the verdict and where the detailed findings are stored.</summary>
/// <param name="Verdict">Pass, warn or block.</param>
/// <param name="ResultReference">A reference to the stored findings (kept in the journal).</param>
public sealed record RuleSetResult(RuleSetVerdict Verdict, string? ResultReference);
