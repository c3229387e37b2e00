namespace Registry.Scheduling.Deadlines;

/// <summary>
/// An interval that does not count towards the limit. The working days after the China date of
/// <see cref="Start"/> up to and including the China date of <see cref="End"/> are excluded: the day the pause
/// ends is treated like an acceptance day, and counting restarts on the next working day.
/// </summary>
public sealed record ClockPause
{
    /// <summary>Creates a pause.</summary>
    /// <param name="start">When the clock stopped.</param>
    /// <param name="end">When it restarted; null while still paused.</param>
    /// <param name="reason">Why.</param>
    /// <param name="document">The document that starts the pause (notice number, court order…), if any.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ClockPause(DateTimeOffset start, DateTimeOffset? end, PauseReason reason, string? document = null)
    {
        if (end < start)
        {
            throw new ArgumentException($"A pause cannot end ({end:O}) before it starts ({start:O}).", nameof(end));
        }

        Start = start;
        End = end;
        Reason = reason;
        Document = document;
    }

    /// <summary>When the clock stopped.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>When it restarted; null while still paused.</summary>
    public DateTimeOffset? End { get; }

    /// <summary>Why.</summary>
    public PauseReason Reason { get; }

    /// <summary>The document that starts the pause, if any.</summary>
    public string? Document { get; }

    /// <summary>This pause, ended at <paramref name="end"/>.</summary>
    /// <param name="end">When the clock restarted.</param>
    /// <returns>The closed pause.</returns>
    public ClockPause EndAt(DateTimeOffset end) => new(Start, end, Reason, Document);
}
