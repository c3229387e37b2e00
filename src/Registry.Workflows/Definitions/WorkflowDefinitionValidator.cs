using Registry.Workflows.Activities;

namespace Registry.Workflows.Definitions;

/// <summary>
/// Structural validation of a definition: unknown kinds and inputs, transitions to unknown nodes, unreachable nodes, dead ends,
/// human tasks without outcomes, outcomes a node cannot produce, joins and splits with too few branches, and — when known sets
/// are given — unknown roles and rule sets. Every issue names the node. A definition with issues cannot be published.
/// </summary>
public sealed class WorkflowDefinitionValidator
{
    private readonly IReadOnlySet<string>? _knownRoles;
    private readonly IReadOnlySet<string>? _knownRuleSets;

    /// <summary>Creates a validator.</summary>
    /// <param name="knownRoles">Roles and candidate groups that exist; null skips the check.</param>
    /// <param name="knownRuleSets">Rule sets that exist; null skips the check.</param>
    public WorkflowDefinitionValidator(IReadOnlySet<string>? knownRoles = null, IReadOnlySet<string>? knownRuleSets = null)
    {
        _knownRoles = knownRoles;
        _knownRuleSets = knownRuleSets;
    }

    /// <summary>Validates a definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="source">The file or source name to put in the issues.</param>
    /// <returns>The issues; empty when the definition is valid.</returns>
    public IReadOnlyList<DefinitionIssue> Validate(WorkflowDefinition definition, string source = "definition")
    {
        ArgumentNullException.ThrowIfNull(definition);
        var issues = new List<DefinitionIssue>();
        var compiled = CompiledDefinition.Compile(definition, source, issues);
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
                    if (task.Outcomes.Count == 0)
                    {
                        issues.Add(new DefinitionIssue(source, $"{path}.inputs.outcomes", node.Id, "human task has no outcomes"));
                    }

                    if (task.Outcomes.Contains(Outcomes.Approve) && outgoing.All(t => t.Definition.EffectiveOutcome != Outcomes.Approve))
                    {
                        issues.Add(new DefinitionIssue(source, path, node.Id, "human task allows approve but has no approve transition"));
                    }

                    CheckKnown(_knownRoles, task.Role, "role", source, $"{path}.inputs.role", node.Id, issues);
                    CheckKnown(_knownRoles, task.CandidateGroup, "candidate group", source, $"{path}.inputs.candidateGroup", node.Id, issues);
                    break;
                case RuleCheckActivity rule:
                    CheckKnown(_knownRuleSets, rule.RuleSet, "rule set", source, $"{path}.inputs.ruleSet", node.Id, issues);
                    break;
                case AutoDecisionActivity auto:
                    CheckKnown(_knownRuleSets, auto.RuleSet, "rule set", source, $"{path}.inputs.ruleSet", node.Id, issues);
                    break;
                case JoinActivity join when join.Sources.Count < 2:
                    issues.Add(new DefinitionIssue(source, path, node.Id, "join needs at least two incoming branches"));
                    break;
                case ParallelSplitActivity when outgoing.Count < 2:
                    issues.Add(new DefinitionIssue(source, path, node.Id, "parallel split needs at least two outgoing branches"));
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

    private static void CheckKnown(IReadOnlySet<string>? known, string? value, string what, string source, string path, string nodeId, List<DefinitionIssue> issues)
    {
        if (known is not null && value is not null && !known.Contains(value))
        {
            issues.Add(new DefinitionIssue(source, path, nodeId, $"unknown {what} '{value}'"));
        }
    }
}
