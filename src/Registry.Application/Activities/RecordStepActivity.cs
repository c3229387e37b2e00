using Microsoft.Extensions.DependencyInjection;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Ports;

namespace Registry.Application.Activities;

/// <summary>登簿 as a hosted activity: passes the node's <c>effect</c> to the registered <see cref="IRecordWriter"/>; the reference becomes <c>{id}.ref</c>.</summary>
internal sealed class RecordStepActivity(IServiceProvider services) : IHostedActivity
{
    public ActivityDescriptor Descriptor => RegistrationActivities.Record;

    public async Task<HostedActivityResult> ExecuteAsync(NodeDefinition node, PortRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        var writer = services.GetService<IRecordWriter>()
            ?? throw new InvalidOperationException($"node '{node.Id}' needs an IRecordWriter, but none is registered");
        var reference = await writer.WriteAsync(request with { Name = RegistrationInputs.Text(node, "effect") }, cancellationToken).ConfigureAwait(false);
        return new HostedActivityResult(Outcomes.Done, reference);
    }
}
