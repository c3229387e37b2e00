namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>One batch of a run to store in one transaction: the cases' results and the run's progress after them.</summary>
/// <param name="Results">The batch's case results (replacing earlier ones of the same rule-set version).</param>
/// <param name="Run">The run as it stands after the batch (cursor, counters, counts, heartbeat); stored only while the run's lease is still <see cref="SelfCheckRun.Lease"/>.</param>
public sealed record SelfCheckRunBatch(IReadOnlyList<SelfCheckCaseResult> Results, SelfCheckRun Run);
