using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;

namespace Registry.Workflows.Activities;

/// <summary>Runs a named rule set and routes by its verdict: pass, warn or block.</summary>
internal sealed class RuleCheckActivity(NodeDefinition node, NodeInputs inputs) : Activity(node)
{
    private static readonly ImmutableArray<string> VerdictOutcomes = [Outcomes.Pass, Outcomes.Warn, Outcomes.Block];

    public string? RuleSet { get; } = inputs.String("ruleSet");

    public override IReadOnlyCollection<string> PossibleOutcomes => VerdictOutcomes;

    public override bool CallsPorts => true;

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var runner = ActivityPorts.Require(context.Ports.RuleSets, Id);
        var result = await runner.RunAsync(context.Request(Id, RuleSet), cancellationToken).ConfigureAwait(false);
        var outcome = result.Verdict switch
        {
            RuleSetVerdict.Pass => Outcomes.Pass,
            RuleSetVerdict.Warn => Outcomes.Warn,
            _ => Outcomes.Block,
        };
        context.State.Variables[$"{Id}.verdict"] = outcome;
        context.State.Write(JournalAction.Executed, Id, Name, outcome, ruleResultReference: result.ResultReference, actor: "system");
        return ActivityResult.Continue(outcome);
    }
}
