using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;

namespace Registry.Workflows.Activities;

/// <summary>Approves without a person when the bound rule set fully passes (nothing blocks, nothing warns); otherwise routes "manual".</summary>
internal sealed class AutoDecisionActivity(NodeDefinition node, NodeInputs inputs) : Activity(node)
{
    private static readonly ImmutableArray<string> DecisionOutcomes = [Outcomes.Approve, Outcomes.Manual];

    public string? RuleSet { get; } = inputs.String("ruleSet");

    public override IReadOnlyCollection<string> PossibleOutcomes => DecisionOutcomes;

    public override bool CallsPorts => true;

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var runner = ActivityPorts.Require(context.Ports.RuleSets, Id);
        var result = await runner.RunAsync(context.Request(Id, RuleSet), cancellationToken).ConfigureAwait(false);
        var outcome = result.Verdict == RuleSetVerdict.Pass ? Outcomes.Approve : Outcomes.Manual;
        context.State.Write(JournalAction.Executed, Id, Name, outcome, ruleResultReference: result.ResultReference, actor: "system");
        return ActivityResult.Continue(outcome);
    }
}
