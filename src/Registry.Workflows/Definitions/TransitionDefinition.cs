namespace Registry.Workflows.Definitions;

/// <summary>A directed edge between two nodes, taken when the source node finishes with <paramref name="Outcome"/> and <paramref name="Condition"/> holds.</summary>
/// <param name="From">Source node id.</param>
/// <param name="To">Target node id.</param>
/// <param name="Outcome">The outcome that selects this edge; null means <see cref="Outcomes.Done"/>.</param>
/// <param name="Condition">Optional condition over instance variables, e.g. <c>area &gt; 144 and not exempt</c>.</param>
public sealed record TransitionDefinition(string From, string To, string? Outcome = null, string? Condition = null)
{
    /// <summary>The effective outcome (<see cref="Outcomes.Done"/> when none is given).</summary>
    public string EffectiveOutcome => Outcome ?? Outcomes.Done;
}
