using System.Collections.Immutable;

namespace Registry.Workflows.Runtime;

/// <summary>What starting an instance needs.</summary>
/// <param name="DefinitionId">The definition; the instance binds to its latest published version.</param>
/// <param name="Actor">Who starts it.</param>
/// <param name="CorrelationId">The caller's key (e.g. case number).</param>
/// <param name="Variables">Initial variables.</param>
public sealed record StartRequest(
    string DefinitionId,
    string Actor,
    string? CorrelationId = null,
    ImmutableDictionary<string, string>? Variables = null)
{
    /// <summary>Optional instance id (e.g. to make a retried start idempotent); a new id is made when null.</summary>
    public Guid? InstanceId { get; init; }
}
