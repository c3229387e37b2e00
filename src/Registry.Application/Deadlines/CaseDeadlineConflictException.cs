namespace Registry.Application.Deadlines;

/// <summary>The case is already tracked, or another writer changed its deadline first.</summary>
public sealed class CaseDeadlineConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseDeadlineConflictException()
        : this("The case deadline was changed by another writer; reload and try again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CaseDeadlineConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CaseDeadlineConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
