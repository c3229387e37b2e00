namespace Registry.Application.Ratings;

/// <summary>What the applicant sends: the case number and query code (as on the progress page), the grade, reasons and comment.</summary>
public sealed record RatingRequest
{
    /// <summary>The case number as typed.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The query code or the last 6 characters of an applicant's ID number.</summary>
    public string? Secret { get; init; }

    /// <summary>The grade; null when none was chosen.</summary>
    public SatisfactionLevel? Level { get; init; }

    /// <summary>Ticked reasons.</summary>
    public IReadOnlyList<RatingReason> Reasons { get; init; } = [];

    /// <summary>Free text, at most <see cref="RatingService.MaxCommentLength"/> characters.</summary>
    public string? Comment { get; init; }
}
