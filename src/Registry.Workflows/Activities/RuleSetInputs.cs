using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>The typed inputs of a <c>ruleCheck</c> or <c>autoDecision</c> node.</summary>
/// <param name="RuleSet">The rule set the node runs.</param>
public sealed record RuleSetInputs(string? RuleSet)
{
    /// <summary>Reads a rule-check or auto-decision node's inputs.</summary>
    /// <param name="node">A node of kind <see cref="ActivityKinds.RuleCheck"/> or <see cref="ActivityKinds.AutoDecision"/>.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ArgumentException">The node is of another kind.</exception>
    public static RuleSetInputs Read(NodeDefinition node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            ActivityKinds.RuleCheck => new RuleSetInputs(new RuleCheckActivity(node, NodeInputs.Lenient(node)).RuleSet),
            ActivityKinds.AutoDecision => new RuleSetInputs(new AutoDecisionActivity(node, NodeInputs.Lenient(node)).RuleSet),
            _ => throw new ArgumentException($"node '{node.Id}' is a {node.Kind}, not a rule check or auto decision", nameof(node)),
        };
    }
}
