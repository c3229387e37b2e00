namespace Registry.Workflows.Ports;

/// <summary>Applies the register effect of an instance (登簿); implemented by the application.</summary>
public interface IRecordWriter
{
    /// <summary>Records the instance's register effect; must be idempotent on <see cref="PortRequest.IdempotencyKey"/>.</summary>
    /// <param name="request">Instance, node, effect name and variables.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A reference to what was recorded (stored as variable <c>{nodeId}.ref</c>).</returns>
    Task<string> WriteAsync(PortRequest request, CancellationToken cancellationToken = default);
}
