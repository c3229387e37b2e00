namespace Registry.Application.Api;

/// <summary>Another request stored the same (client, idempotency key) first; the caller looks the case up again.</summary>
public sealed class DuplicateSubmissionException : Exception
{
    /// <summary>Required by the exception pattern.</summary>
    public DuplicateSubmissionException()
        : base("The idempotency key was stored by a concurrent request.")
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public DuplicateSubmissionException(string message)
        : base(message)
    {
    }

    /// <summary>Wraps the store's unique-index violation.</summary>
    public DuplicateSubmissionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
