namespace Registry.Application.Ratings;

/// <summary>Ratings of one period and business type.</summary>
/// <param name="Period">The month (first day) in office time.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="Counts">Ratings per grade (every grade present, zero when none).</param>
public sealed record SatisfactionRow(DateOnly Period, string BusinessType, IReadOnlyDictionary<SatisfactionLevel, int> Counts)
{
    /// <summary>All ratings.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>Ratings of 基本满意 or better.</summary>
    public int Satisfied => Counts.Where(c => !ServiceRating.IsNegativeLevel(c.Key)).Sum(c => c.Value);

    /// <summary>Share of 基本满意 or better (满意率), 0 to 1; null without ratings.</summary>
    public decimal? SatisfiedShare => Total == 0 ? null : Math.Round((decimal)Satisfied / Total, 4);
}
