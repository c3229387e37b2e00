using Registry.Workflows.Activities;

namespace Registry.Workflows.Definitions;

/// <summary>
/// Validation of a definition: every node against its kind's <see cref="ActivityDescriptor"/> (unknown kind or input, wrong
/// type, missing required input, value not allowed, unknown role, rule set or signal, kind-specific rules such as a wait
/// without a signal or a due), and the graph: transitions to unknown nodes, unreachable nodes, dead ends, outcomes a node
/// cannot produce, outcomes a node produces without a transition to take, human tasks without outcomes, joins without a fork
/// and splits with too few branches. Every issue names the node. A definition with issues cannot be published.
/// </summary>
public sealed class WorkflowDefinitionValidator
{
    private readonly ActivityRegistry _registry;
    private readonly KnownValues _known;

    /// <summary>Creates a validator.</summary>
    /// <param name="registry">The node kinds (built-in and the application's).</param>
    /// <param name="knownRoles">Roles and candidate groups that exist; null skips the check.</param>
    /// <param name="knownRuleSets">Rule sets that exist; null skips the check.</param>
    /// <param name="knownSignals">Signal names that exist; null skips the check.</param>
    public WorkflowDefinitionValidator(IActivityRegistry registry, IReadOnlySet<string>? knownRoles = null, IReadOnlySet<string>? knownRuleSets = null, IReadOnlySet<string>? knownSignals = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = ActivityRegistry.Of(registry);
        _known = new KnownValues(knownRoles, knownRuleSets, knownSignals);
    }

    /// <summary>Validates a definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="source">The file or source name to put in the issues.</param>
    /// <returns>The issues; empty when the definition is valid.</returns>
    public IReadOnlyList<DefinitionIssue> Validate(WorkflowDefinition definition, string source = "definition")
    {
        ArgumentNullException.ThrowIfNull(definition);
        var issues = new List<DefinitionIssue>();
        var compiled = CompiledDefinition.Compile(definition, source, issues, _registry, _known);
        var ids = definition.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

        if (!ids.Contains(definition.StartNodeId))
        {
            issues.Add(new DefinitionIssue(source, "$.start", definition.StartNodeId, "start node does not exist"));
        }

        for (var i = 0; i < definition.Transitions.Length; i++)
        {
            var t = definition.Transitions[i];
            if (!ids.Contains(t.From))
            {
                issues.Add(new DefinitionIssue(source, $"$.transitions[{i}].from", t.From, "transition from an unknown node"));
            }

            if (!ids.Contains(t.To))
            {
                issues.Add(new DefinitionIssue(source, $"$.transitions[{i}].to", t.From, $"transition to unknown node '{t.To}'"));
            }

            if (compiled.Activities.TryGetValue(t.From, out var from) && !from.PossibleOutcomes.Contains(t.EffectiveOutcome))
            {
                issues.Add(new DefinitionIssue(source, $"$.transitions[{i}].outcome", t.From, $"node cannot produce outcome '{t.EffectiveOutcome}'"));
            }
        }

        var reachable = Reachable(definition);
        for (var i = 0; i < definition.Nodes.Length; i++)
        {
            var node = definition.Nodes[i];
            var path = $"$.nodes[{i}]";
            var outgoing = compiled.Outgoing(node.Id);
            if (ids.Contains(definition.StartNodeId) && !reachable.Contains(node.Id))
            {
                issues.Add(new DefinitionIssue(source, path, node.Id, "node is unreachable from the start node"));
            }

            if (node.Kind != ActivityKinds.End && outgoing.Count == 0)
            {
                issues.Add(new DefinitionIssue(source, path, node.Id, "dead end: a node that is not an end has no outgoing transition"));
            }

            if (!compiled.Activities.TryGetValue(node.Id, out var activity))
            {
                continue;
            }

            switch (activity)
            {
                case HumanTaskActivity task:
                    if (task.Outcomes.Count == 0 && node.Inputs.ContainsKey("outcomes"))
                    {
                        issues.Add(new DefinitionIssue(source, $"{path}.inputs.outcomes", node.Id, "human task has no outcomes"));
                    }

                    if (task.Outcomes.Contains(Outcomes.Approve) && outgoing.All(t => t.Definition.EffectiveOutcome != Outcomes.Approve))
                    {
                        issues.Add(new DefinitionIssue(source, path, node.Id, "human task allows approve but has no approve transition"));
                    }

                    break;
                case JoinActivity join when join.Sources.Count < 2:
                    issues.Add(new DefinitionIssue(source, path, node.Id, "join needs at least two incoming branches"));
                    break;
                case JoinActivity join when !HasFork(compiled, join):
                    issues.Add(new DefinitionIssue(source, path, node.Id, $"join has no parallel split before it from which all its branches ({string.Join(", ", join.Sources)}) start"));
                    break;
                case ParallelSplitActivity when outgoing.Count < 2:
                    issues.Add(new DefinitionIssue(source, path, node.Id, "parallel split needs at least two outgoing branches"));
                    break;
                case RuleCheckActivity or AutoDecisionActivity:
                    foreach (var outcome in activity.PossibleOutcomes.Where(o => outgoing.All(t => t.Definition.EffectiveOutcome != o)))
                    {
                        issues.Add(new DefinitionIssue(source, path, node.Id, $"outcome '{outcome}' has no transition (add one for every outcome the node can produce)"));
                    }

                    break;
            }
        }

        return issues;
    }

    private static HashSet<string> Reachable(WorkflowDefinition definition)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { definition.StartNodeId };
        var stack = new Stack<string>([definition.StartNodeId]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            foreach (var t in definition.Transitions)
            {
                if (t.From == current && seen.Add(t.To))
                {
                    stack.Push(t.To);
                }
            }
        }

        return seen;
    }

    /// <summary>Whether some parallel split reaches every source of the join (a join without its fork can never complete).</summary>
    private static bool HasFork(CompiledDefinition compiled, JoinActivity join) =>
        compiled.Activities.Values.OfType<ParallelSplitActivity>()
            .Select(split => compiled.ReachableFrom(split.Id))
            .Any(reached => join.Sources.All(reached.Contains));
}
