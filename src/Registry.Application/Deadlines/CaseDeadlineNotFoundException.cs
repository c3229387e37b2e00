namespace Registry.Application.Deadlines;

/// <summary>No deadline is tracked for the case number.</summary>
public sealed class CaseDeadlineNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public CaseDeadlineNotFoundException()
        : this("No deadline is tracked for this case.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CaseDeadlineNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CaseDeadlineNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a case number.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <returns>The exception.</returns>
    public static CaseDeadlineNotFoundException For(string caseNumber) =>
        new($"No deadline is tracked for case '{caseNumber}'. Track it at acceptance first.");
}
