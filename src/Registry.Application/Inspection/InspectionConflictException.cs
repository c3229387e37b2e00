namespace Registry.Application.Inspection;

/// <summary>
/// Someone else recorded first (a verdict on the same case, or an event on the same rectification); nothing of this
/// attempt was stored. Names who won and when, so the loser can reload and look.
/// </summary>
public sealed class InspectionConflictException : Exception
{
    /// <summary>Creates the exception naming the winner.</summary>
    public InspectionConflictException(string subject, string winnerName, DateTimeOffset at)
        : base($"{subject} 已由 {winnerName} 于 {at.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} 抢先记录，请刷新后再看。")
    {
        Subject = subject;
        WinnerName = winnerName;
        At = at;
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionConflictException()
        : this("Someone else recorded first.")
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionConflictException(string message)
        : base(message)
    {
        Subject = string.Empty;
        WinnerName = string.Empty;
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Subject = string.Empty;
        WinnerName = string.Empty;
    }

    /// <summary>What was contended (e.g. the case number).</summary>
    public string Subject { get; }

    /// <summary>Display name of whoever recorded first; empty when unknown.</summary>
    public string WinnerName { get; }

    /// <summary>When the winner recorded.</summary>
    public DateTimeOffset At { get; }
}
