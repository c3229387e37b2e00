namespace Registry.Rules;

/// <summary>Summary of a loaded rule set.</summary>
/// <param name="Name">Rule-set name (WorkflowName in the file).</param>
/// <param name="Kind">review or selfcheck.</param>
/// <param name="Version">Rule-set version.</param>
/// <param name="File">File it came from.</param>
/// <param name="RuleCount">Number of enabled rules.</param>
public sealed record RuleSetInfo(string Name, string Kind, int Version, string File, int RuleCount);
