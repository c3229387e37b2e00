using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Activities;

/// <summary>Records the register effect (登簿) through the record port; keeps the reference as variable <c>{id}.ref</c>.</summary>
internal sealed class RecordActivity(NodeDefinition node, NodeInputs inputs) : Activity(node)
{
    private static readonly ImmutableArray<string> DoneOnly = [Outcomes.Done];

    public string? Effect { get; } = inputs.String("effect");

    public override IReadOnlyCollection<string> PossibleOutcomes => DoneOnly;

    public override bool CallsPorts => true;

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var writer = ActivityPorts.Require(context.Ports.Records, Id);
        var reference = await writer.WriteAsync(context.Request(Id, Effect), cancellationToken).ConfigureAwait(false);
        context.State.Variables[$"{Id}.ref"] = reference;
        context.State.Write(JournalAction.Executed, Id, Name, Outcomes.Done, reference, actor: "system");
        return ActivityResult.Continue(Outcomes.Done);
    }
}
