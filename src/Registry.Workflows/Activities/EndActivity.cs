using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Activities;

/// <summary>Ends the instance as completed, rejected or withdrawn: cancels anything still open and closes open clock intervals.</summary>
internal sealed class EndActivity : Activity
{
    public EndActivity(NodeDefinition node, NodeInputs inputs)
        : base(node)
    {
        // The descriptor allows only these three values, so anything else has been named as an issue already.
        Result = inputs.String("result") switch
        {
            "rejected" => InstanceStatus.Rejected,
            "withdrawn" => InstanceStatus.Withdrawn,
            _ => InstanceStatus.Completed,
        };
    }

    public InstanceStatus Result { get; }

    public override IReadOnlyCollection<string> PossibleOutcomes => [];

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        End(context.State, Result, Id, Name);
        return ValueTask.FromResult(ActivityResult.Halt);
    }

    /// <summary>Ends the instance; also used for a rejection with no reject transition and for withdrawal.</summary>
    public static void End(ExecutionState state, InstanceStatus result, string? nodeId, string? nodeName)
    {
        state.CancelAll("instance ended");
        state.CloseIntervals(_ => true);
        state.Status = result;
        state.Write(JournalAction.Ended, nodeId, nodeName, result.ToString().ToLowerInvariant(), actor: "system");
    }
}
