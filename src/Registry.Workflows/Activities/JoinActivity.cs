using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Activities;

/// <summary>
/// Waits until every incoming branch (each distinct source node) has arrived, then continues once and clears its arrivals,
/// so it fires exactly once per round. A branch cancelled by a return removes its arrival.
/// </summary>
internal sealed class JoinActivity(NodeDefinition node, IReadOnlyList<string> sources) : Activity(node)
{
    private static readonly ImmutableArray<string> JoinOutcomes = [Outcomes.Done];

    public IReadOnlyList<string> Sources { get; } = sources;

    public override IReadOnlyCollection<string> PossibleOutcomes => JoinOutcomes;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var arrived = state.JoinArrivals.GetValueOrDefault(Id, []);
        if (context.EnteredFrom is { } from && !arrived.Contains(from))
        {
            arrived = arrived.Add(from);
        }

        if (Sources.All(arrived.Contains))
        {
            state.JoinArrivals.Remove(Id);
            state.Write(JournalAction.Executed, Id, Name, Outcomes.Done, actor: "system");
            return ValueTask.FromResult(ActivityResult.Continue(Outcomes.Done));
        }

        state.JoinArrivals[Id] = arrived;
        return ValueTask.FromResult(ActivityResult.Wait);
    }
}
