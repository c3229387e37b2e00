using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Activities;

/// <summary>Sends a notification by template through the notification port.</summary>
internal sealed class NotifyActivity(NodeDefinition node, NodeInputs inputs) : Activity(node)
{
    private static readonly ImmutableArray<string> DoneOnly = [Outcomes.Done];

    public string? Template { get; } = inputs.String("template");

    public override IReadOnlyCollection<string> PossibleOutcomes => DoneOnly;

    public override bool CallsPorts => true;

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var sender = ActivityPorts.Require(context.Ports.Notifications, Id);
        await sender.SendAsync(context.Request(Id, Template), cancellationToken).ConfigureAwait(false);
        context.State.Write(JournalAction.Executed, Id, Name, Outcomes.Done, Template, actor: "system");
        return ActivityResult.Continue(Outcomes.Done);
    }
}
