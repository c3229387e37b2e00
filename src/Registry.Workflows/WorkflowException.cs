namespace Registry.Workflows;

/// <summary>Base of every exception the workflow engine throws on purpose.</summary>
public class WorkflowException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public WorkflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WorkflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
