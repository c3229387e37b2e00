using Registry.Workflows.Definitions;
using Registry.Workflows.Expressions;

namespace Registry.Workflows.Activities;

/// <summary>A definition read into typed activities, parsed conditions and an index of outgoing transitions.</summary>
internal sealed class CompiledDefinition
{
    private readonly Dictionary<string, Activity> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CompiledTransition>> _outgoing = new(StringComparer.Ordinal);

    private CompiledDefinition(WorkflowDefinition definition) => Definition = definition;

    public WorkflowDefinition Definition { get; }

    public IReadOnlyDictionary<string, Activity> Activities => _activities;

    /// <summary>
    /// Compiles through the registry's descriptors and factories; problems are added to <paramref name="issues"/> (the result is
    /// usable only if none were added). <paramref name="known"/> checks roles, rule sets and signals where given.
    /// </summary>
    public static CompiledDefinition Compile(WorkflowDefinition definition, string source, List<DefinitionIssue> issues, ActivityRegistry registry, KnownValues? known = null)
    {
        var compiled = new CompiledDefinition(definition);
        for (var i = 0; i < definition.Transitions.Length; i++)
        {
            var t = definition.Transitions[i];
            ConditionExpression? condition = null;
            if (!string.IsNullOrWhiteSpace(t.Condition))
            {
                try
                {
                    condition = ConditionExpression.Parse(t.Condition);
                }
                catch (FormatException ex)
                {
                    issues.Add(new DefinitionIssue(source, $"$.transitions[{i}].condition", t.From, ex.Message));
                }
            }

            if (!compiled._outgoing.TryGetValue(t.From, out var list))
            {
                compiled._outgoing[t.From] = list = [];
            }

            list.Add(new CompiledTransition(t, condition));
        }

        for (var i = 0; i < definition.Nodes.Length; i++)
        {
            var node = definition.Nodes[i];
            var activity = registry.Build(node, definition, $"$.nodes[{i}]", source, issues, known);
            if (activity is not null && !compiled._activities.TryAdd(node.Id, activity))
            {
                issues.Add(new DefinitionIssue(source, $"$.nodes[{i}].id", node.Id, "duplicate node id"));
            }
        }

        return compiled;
    }

    public Activity Get(string nodeId) =>
        _activities.TryGetValue(nodeId, out var activity)
            ? activity
            : throw new Runtime.WorkflowOperationException($"definition {Definition.Id} v{Definition.Version} has no node '{nodeId}'");

    public IReadOnlyList<CompiledTransition> Outgoing(string nodeId) =>
        _outgoing.TryGetValue(nodeId, out var list) ? list : [];

    /// <summary>Nodes reachable from <paramref name="start"/> (inclusive) along forward transitions (return transitions excluded).</summary>
    public HashSet<string> ReachableFrom(string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var stack = new Stack<string>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            foreach (var t in Outgoing(stack.Pop()))
            {
                if (t.Definition.EffectiveOutcome != Outcomes.Return && seen.Add(t.Definition.To))
                {
                    stack.Push(t.Definition.To);
                }
            }
        }

        return seen;
    }
}

/// <summary>A transition with its parsed condition.</summary>
internal sealed record CompiledTransition(TransitionDefinition Definition, ConditionExpression? Condition);
