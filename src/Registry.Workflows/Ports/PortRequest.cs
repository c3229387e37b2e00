using System.Collections.Immutable;

namespace Registry.Workflows.Ports;

/// <summary>What the engine passes to an application port when an automatic node runs.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CorrelationId">The caller's key (e.g. case number).</param>
/// <param name="DefinitionId">The definition id.</param>
/// <param name="NodeId">The node running.</param>
/// <param name="Name">The rule set, record effect, certificate kind or notification template named by the node.</param>
/// <param name="IdempotencyKey">Stable for one activation of the node: a retried step (after a concurrency conflict) repeats the key, so ports must treat a repeated key as the same call.</param>
/// <param name="Variables">The instance variables at that moment.</param>
public sealed record PortRequest(
    Guid InstanceId,
    string? CorrelationId,
    string DefinitionId,
    string NodeId,
    string? Name,
    string IdempotencyKey,
    ImmutableDictionary<string, string> Variables);
