namespace Registry.Application.Ratings;

/// <summary>
/// The indicators' query over ratings (好差评): the share of ratings 基本满意 or better per month and business type, and
/// the 差评 follow-ups not closed (and of those, overdue) now. What the dashboard's satisfaction figure shows.
/// </summary>
public sealed class SatisfactionIndicators(IRatingStore store, TimeProvider time)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Ratings given on [<paramref name="from"/>, <paramref name="to"/>] (office days), and open follow-ups now.</summary>
    public async Task<SatisfactionReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var grades = await store.ListGradesAsync(StartOf(from), StartOf(to.AddDays(1)), cancellationToken);
        var rows = grades
            .GroupBy(g => (Period: Month(g.RatedAt), g.BusinessType))
            .OrderBy(g => g.Key.Period).ThenBy(g => g.Key.BusinessType, StringComparer.Ordinal)
            .Select(g => new SatisfactionRow(g.Key.Period, g.Key.BusinessType,
                Enum.GetValues<SatisfactionLevel>().ToDictionary(l => l, l => g.Count(x => x.Level == l))))
            .ToList();
        var open = await store.ListOpenFollowUpDueTimesAsync(cancellationToken);
        var now = time.GetUtcNow();
        return new SatisfactionReport(from, to, rows, open.Count, open.Count(d => now > d));
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), China);

    private static DateOnly Month(DateTimeOffset at)
    {
        var local = at.ToOffset(China);
        return new DateOnly(local.Year, local.Month, 1);
    }
}
