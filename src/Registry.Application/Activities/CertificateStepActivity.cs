using Microsoft.Extensions.DependencyInjection;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Ports;

namespace Registry.Application.Activities;

/// <summary>缮证 as a hosted activity: passes the node's <c>certificateKind</c> to the registered <see cref="ICertificateIssuer"/>; the number becomes <c>{id}.ref</c>.</summary>
internal sealed class CertificateStepActivity(IServiceProvider services) : IHostedActivity
{
    public ActivityDescriptor Descriptor => RegistrationActivities.Certificate;

    public async Task<HostedActivityResult> ExecuteAsync(NodeDefinition node, PortRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        var issuer = services.GetService<ICertificateIssuer>()
            ?? throw new InvalidOperationException($"node '{node.Id}' needs an ICertificateIssuer, but none is registered");
        var number = await issuer.IssueAsync(request with { Name = RegistrationInputs.Text(node, "certificateKind") }, cancellationToken).ConfigureAwait(false);
        return new HostedActivityResult(Outcomes.Done, number);
    }
}
