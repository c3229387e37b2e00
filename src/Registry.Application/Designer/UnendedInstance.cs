namespace Registry.Application.Designer;

/// <summary>An instance of a definition version that has not ended (running or suspended).</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CorrelationId">Its case number, or null for an instance started outside acceptance.</param>
public sealed record UnendedInstance(Guid InstanceId, string? CorrelationId);
