namespace Registry.Scheduling.Calendar;

/// <summary>
/// A calendar file or an office override is invalid. The message names the file (or office) and,
/// where there is one, the offending date.
/// </summary>
public sealed class CalendarDataException : Exception
{
    /// <summary>Creates the exception for an invalid source.</summary>
    /// <param name="source">The file path or office override that is invalid.</param>
    /// <param name="date">The offending date, if any.</param>
    /// <param name="problem">What is wrong, in a sentence.</param>
    public CalendarDataException(string source, DateOnly? date, string problem)
        : base(date is { } d ? $"{source}: {d:yyyy-MM-dd}: {problem}" : $"{source}: {problem}")
    {
        Origin = source;
        Date = date;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public CalendarDataException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarDataException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CalendarDataException()
    {
    }

    /// <summary>The file path or office override that is invalid.</summary>
    public string? Origin { get; }

    /// <summary>The offending date, if the problem is tied to one.</summary>
    public DateOnly? Date { get; }
}
