using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Activities;

/// <summary>Starts every outgoing branch whose condition holds.</summary>
internal sealed class ParallelSplitActivity(NodeDefinition node) : Activity(node)
{
    private static readonly ImmutableArray<string> SplitOutcomes = [Outcomes.Done];

    public override IReadOnlyCollection<string> PossibleOutcomes => SplitOutcomes;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.State.Write(JournalAction.Executed, Id, Name, Outcomes.Done, actor: "system");
        return ValueTask.FromResult(ActivityResult.Fork(Outcomes.Done));
    }
}
