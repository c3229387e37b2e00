namespace Registry.Workflows.Runtime;

/// <summary>An operation is not allowed in the instance's current state (unknown task, outcome not allowed, missing opinion, suspended, ended…).</summary>
public sealed class WorkflowOperationException : WorkflowException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is not allowed and why.</param>
    public WorkflowOperationException(string message)
        : base(message)
    {
    }
}
