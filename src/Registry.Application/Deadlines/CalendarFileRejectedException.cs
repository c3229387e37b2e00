namespace Registry.Application.Deadlines;

/// <summary>A calendar year file was refused; nothing was stored. The message names the file's field or date and the rule broken.</summary>
public sealed class CalendarFileRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CalendarFileRejectedException()
    {
    }

    /// <summary>Creates the exception with the validator's message.</summary>
    /// <param name="message">What is wrong, naming the field or the date.</param>
    public CalendarFileRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the validator's message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarFileRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
