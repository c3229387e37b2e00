namespace Registry.Workflows.Runtime;

/// <summary>The instance changed since it was read: the step was not committed.</summary>
public class WorkflowConcurrencyException : WorkflowException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What conflicted.</param>
    public WorkflowConcurrencyException(string message)
        : base(message)
    {
    }
}
