namespace Registry.Scheduling.Deadlines;

/// <summary>An extension (延期) was refused because a required field is missing.</summary>
public sealed class DeadlineExtensionRefusedException : ArgumentException
{
    /// <summary>Creates the exception naming the missing fields.</summary>
    /// <param name="missingFields">The names of the missing fields, e.g. <c>reason</c>, <c>approvedBy</c>.</param>
    public DeadlineExtensionRefusedException(IReadOnlyList<string> missingFields)
        : base($"Extension refused: missing {string.Join(" and ", missingFields)}. An extension needs a reason and an approver.",
            missingFields is [var first, ..] ? first : null)
    {
        MissingFields = missingFields;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public DeadlineExtensionRefusedException(string message) : base(message)
    {
        MissingFields = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DeadlineExtensionRefusedException(string message, Exception innerException) : base(message, innerException)
    {
        MissingFields = [];
    }

    /// <summary>Creates the exception with a default message.</summary>
    public DeadlineExtensionRefusedException()
    {
        MissingFields = [];
    }

    /// <summary>The names of the missing fields.</summary>
    public IReadOnlyList<string> MissingFields { get; }
}
