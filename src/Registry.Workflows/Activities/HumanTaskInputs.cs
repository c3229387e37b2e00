using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>The typed inputs of a <c>humanTask</c> node (read these instead of the node's JSON keys).</summary>
/// <param name="Role">The role that works on the task, if given.</param>
/// <param name="CandidateGroup">The candidate group, if given.</param>
/// <param name="Outcomes">The outcomes the task allows (approve, return, reject, suspend).</param>
/// <param name="OpinionRequired">Whether a decision needs an opinion (a suspension excepted).</param>
/// <param name="FormFields">Form fields a decision copies into instance variables.</param>
public sealed record HumanTaskInputs(string? Role, string? CandidateGroup, IReadOnlyList<string> Outcomes, bool OpinionRequired, IReadOnlyList<string> FormFields)
{
    /// <summary>Reads a human-task node's inputs; a value of the wrong type reads as absent (the validator names it).</summary>
    /// <param name="node">A node of kind <see cref="ActivityKinds.HumanTask"/>.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ArgumentException">The node is of another kind.</exception>
    public static HumanTaskInputs Read(NodeDefinition node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Kind != ActivityKinds.HumanTask)
        {
            throw new ArgumentException($"node '{node.Id}' is a {node.Kind}, not a {ActivityKinds.HumanTask}", nameof(node));
        }

        var task = new HumanTaskActivity(node, NodeInputs.Lenient(node));
        return new HumanTaskInputs(task.Role, task.CandidateGroup, task.Outcomes, task.OpinionRequired, task.FormFields);
    }

    /// <summary>The role, or else the candidate group, the task is offered to.</summary>
    public string? RoleOrGroup => Role ?? CandidateGroup;
}
