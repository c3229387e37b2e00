using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Activities;

/// <summary>Runs an application's <see cref="IHostedActivity"/> as an automatic, port-calling step.</summary>
internal sealed class HostedActivityAdapter(NodeDefinition node, IHostedActivity hosted) : Activity(node)
{
    public override IReadOnlyCollection<string> PossibleOutcomes => hosted.Descriptor.Outcomes;

    public override bool CallsPorts => true;

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var result = await hosted.ExecuteAsync(Node, context.Request(Id, null), cancellationToken).ConfigureAwait(false);
        if (!hosted.Descriptor.Outcomes.Contains(result.Outcome, StringComparer.Ordinal))
        {
            throw new Runtime.WorkflowOperationException($"node '{Id}' ({hosted.Descriptor.Kind}) returned outcome '{result.Outcome}', which its descriptor does not list");
        }

        if (result.Reference is not null)
        {
            context.State.Variables[$"{Id}.ref"] = result.Reference;
        }

        context.State.Write(JournalAction.Executed, Id, Name, result.Outcome, result.Reference, actor: "system");
        return ActivityResult.Continue(result.Outcome);
    }
}

/// <summary>A kind known by its descriptor only (validation and palettes); running it is refused.</summary>
internal sealed class DescribedOnlyActivity(NodeDefinition node, ActivityDescriptor descriptor) : Activity(node)
{
    public override IReadOnlyCollection<string> PossibleOutcomes => descriptor.Outcomes;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        throw new Runtime.WorkflowOperationException($"node '{Id}': kind '{descriptor.Kind}' is described but no activity runs it (register an IHostedActivity)");
}
