namespace Registry.Workflows.Ports;

/// <summary>Issues a certificate or certification (缮证); implemented by the application.</summary>
public interface ICertificateIssuer
{
    /// <summary>Issues the certificate; must be idempotent on <see cref="PortRequest.IdempotencyKey"/>.</summary>
    /// <param name="request">Instance, node, certificate kind and variables.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The certificate number (stored as variable <c>{nodeId}.ref</c>).</returns>
    Task<string> IssueAsync(PortRequest request, CancellationToken cancellationToken = default);
}
