namespace Registry.Application.Ratings;

/// <summary>An applicant's rating (评价) of a finished case; one per case.</summary>
/// <param name="Id">Rating id.</param>
/// <param name="CaseNumber">The case.</param>
/// <param name="BusinessType">The case's business type code (the indicators group by it).</param>
/// <param name="CaseStatus">How the case ended: Completed, Rejected or Withdrawn.</param>
/// <param name="Examiner">The staff member who decided the case (user name; empty when no person did).</param>
/// <param name="Level">The grade.</param>
/// <param name="Reasons">Ticked reasons.</param>
/// <param name="Comment">The applicant's words, trimmed; null when none.</param>
/// <param name="RatedAt">When.</param>
public sealed record ServiceRating(
    Guid Id,
    string CaseNumber,
    string BusinessType,
    string CaseStatus,
    string Examiner,
    SatisfactionLevel Level,
    IReadOnlyList<RatingReason> Reasons,
    string? Comment,
    DateTimeOffset RatedAt)
{
    /// <summary>A 差评 (dissatisfied or very dissatisfied): the office must follow it up.</summary>
    public bool IsNegative => IsNegativeLevel(Level);

    /// <summary>True for the two 差评 grades.</summary>
    public static bool IsNegativeLevel(SatisfactionLevel level) => level is SatisfactionLevel.Dissatisfied or SatisfactionLevel.VeryDissatisfied;
}
