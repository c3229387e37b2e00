namespace Registry.Application.Transactions;

/// <summary>
/// A write inside a case command met a newer version written by another command. The command's transaction is rolled back
/// and the command runs again on fresh state; callers see this only when the retries are exhausted.
/// </summary>
public sealed class CommandConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CommandConflictException()
        : this("Another command changed the same records at the same time; try again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CommandConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public CommandConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
