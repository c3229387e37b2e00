namespace Registry.Workflows.Ports;

/// <summary>Runs a named rule set for an instance (implemented by the rules layer).</summary>
public interface IRuleSetRunner
{
    /// <summary>Runs the rule set named in <see cref="PortRequest.Name"/>.</summary>
    /// <param name="request">Instance, node, rule set name and variables.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The verdict and a reference to the stored findings.</returns>
    Task<RuleSetResult> RunAsync(PortRequest request, CancellationToken cancellationToken = default);
}
