namespace Registry.Application.Ratings;

/// <summary>The indicators' view of ratings: satisfaction per month and business type, and the follow-ups still open.</summary>
/// <param name="From">First day (office time).</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="Rows">Per month and business type, in that order.</param>
/// <param name="OpenFollowUps">Follow-ups not closed.</param>
/// <param name="OverdueFollowUps">Of those, past their due time.</param>
public sealed record SatisfactionReport(DateOnly From, DateOnly To, IReadOnlyList<SatisfactionRow> Rows, int OpenFollowUps, int OverdueFollowUps)
{
    /// <summary>All ratings of the range.</summary>
    public int Total => Rows.Sum(r => r.Total);

    /// <summary>满意率 over the range; null without ratings.</summary>
    public decimal? SatisfiedShare => Total == 0 ? null : Math.Round((decimal)Rows.Sum(r => r.Satisfied) / Total, 4);
}
