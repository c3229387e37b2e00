using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>Base of the activity kinds: a node plus its typed inputs, read once when the definition is compiled.</summary>
internal abstract class Activity(NodeDefinition node)
{
    public NodeDefinition Node { get; } = node;

    public string Id => Node.Id;

    public string Name => Node.Name.Zh;

    /// <summary>The outcomes this activity can produce (validated against outgoing transitions).</summary>
    public abstract IReadOnlyCollection<string> PossibleOutcomes { get; }

    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);

    /// <summary>Whether the step calls the host's ports; such a step that fails becomes an incident, not a failed command.</summary>
    public virtual bool CallsPorts => false;
}
