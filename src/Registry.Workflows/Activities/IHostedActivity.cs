using Registry.Workflows.Definitions;
using Registry.Workflows.Ports;

namespace Registry.Workflows.Activities;

/// <summary>
/// A node kind the application adds to the engine (e.g. registration's 登簿 record and 缮证 certificate steps). It runs as an
/// automatic step: the engine validates the node's inputs against <see cref="Descriptor"/>, calls
/// <see cref="ExecuteAsync"/>, keeps a returned reference as the variable <c>{nodeId}.ref</c>, journals the step and routes by
/// the outcome. A step that throws becomes an incident on the instance, as a port call does.
/// </summary>
public interface IHostedActivity
{
    /// <summary>The kind's descriptor (its <see cref="ActivityDescriptor.Kind"/> must not be a built-in kind).</summary>
    ActivityDescriptor Descriptor { get; }

    /// <summary>Runs the step for <paramref name="node"/>.</summary>
    /// <param name="node">The node (read its inputs through the kind's typed inputs).</param>
    /// <param name="request">The instance, node and idempotency key (<see cref="PortRequest.Name"/> is null: the node's inputs say what to do).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The outcome (one of <see cref="ActivityDescriptor.Outcomes"/>) and an optional reference.</returns>
    Task<HostedActivityResult> ExecuteAsync(NodeDefinition node, PortRequest request, CancellationToken cancellationToken = default);
}
