using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>The typed inputs of a <c>wait</c> node.</summary>
/// <param name="Signal">The external signal awaited, if any.</param>
/// <param name="After">Due after this duration, if given.</param>
/// <param name="AfterWorkingDays">Due after this many working days, if given.</param>
/// <param name="DueVariable">The variable holding the due instant, if given.</param>
/// <param name="PausesClock">Whether the time limit stops while waiting (<c>clockEffect: paused</c>).</param>
public sealed record WaitInputs(string? Signal, TimeSpan? After, int? AfterWorkingDays, string? DueVariable, bool PausesClock)
{
    /// <summary>Reads a wait node's inputs; a value of the wrong type reads as absent (the validator names it).</summary>
    /// <param name="node">A node of kind <see cref="ActivityKinds.Wait"/>.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ArgumentException">The node is of another kind.</exception>
    public static WaitInputs Read(NodeDefinition node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Kind != ActivityKinds.Wait)
        {
            throw new ArgumentException($"node '{node.Id}' is a {node.Kind}, not a {ActivityKinds.Wait}", nameof(node));
        }

        var wait = new WaitActivity(node, NodeInputs.Lenient(node));
        return new WaitInputs(wait.Signal, wait.After, wait.AfterWorkingDays, wait.DueVariable, wait.ClockEffect == Runtime.ClockEffect.Paused);
    }
}
