namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>A run's progress as it is stored batch by batch (for a live progress bar).</summary>
/// <param name="Run">The run as just stored.</param>
public sealed record SelfCheckRunProgress(SelfCheckRun Run);
