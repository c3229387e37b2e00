namespace Registry.Application.Ratings;

/// <summary>Someone else acted on the follow-up first; nothing of this attempt was stored.</summary>
public sealed class RatingConflictException : Exception
{
    /// <summary>Creates the exception naming the winner.</summary>
    public RatingConflictException(string caseNumber, string winnerName, DateTimeOffset at)
        : base($"差评整改（{caseNumber}）已由 {winnerName} 于 {at.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} 抢先处理，请刷新后再看。")
    {
        WinnerName = winnerName;
    }

    /// <summary>Required by the exception pattern.</summary>
    public RatingConflictException()
    {
        WinnerName = string.Empty;
    }

    /// <summary>Required by the exception pattern.</summary>
    public RatingConflictException(string message)
        : base(message)
    {
        WinnerName = string.Empty;
    }

    /// <summary>Required by the exception pattern.</summary>
    public RatingConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        WinnerName = string.Empty;
    }

    /// <summary>Display name of whoever acted first.</summary>
    public string WinnerName { get; }
}
