namespace Registry.Application.Worklist;

/// <summary>What happened to a task somewhere in this process, so open worklists can re-query.</summary>
/// <param name="Kind">Claimed, released, completed…</param>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="CaseNumber">Its case number, when known.</param>
/// <param name="Actor">Who did it.</param>
public sealed record WorklistChange(WorklistChangeKind Kind, Guid InstanceId, string? CaseNumber, string Actor);
