namespace Registry.Domain.Register;

/// <summary>
/// The term of a seizure moved to a new start day, keeping its length: whole months stay whole months (a term of
/// 2026-01-10 … 2029-01-09 is "3 years"), any other term keeps its number of days.
/// </summary>
public static class SeizureTerm
{
    /// <summary>
    /// The term <paramref name="start"/>–<paramref name="end"/> as it runs from <paramref name="newStart"/>. Without a start
    /// the term's length is unknown: it starts on <paramref name="newStart"/> and keeps its end.
    /// </summary>
    public static (DateOnly? Start, DateOnly? End) From(DateOnly? start, DateOnly? end, DateOnly newStart)
    {
        if (start is not { } s || end is not { } e)
        {
            return (newStart, end is { } kept && kept >= newStart ? kept : end);
        }

        if (newStart <= s)
        {
            return (s, e);
        }

        var months = ((e.Year - s.Year) * 12) + e.Month - s.Month;
        for (var m = Math.Max(0, months - 1); m <= months + 1; m++)
        {
            if (s.AddMonths(m) == e)
            {
                return (newStart, newStart.AddMonths(m));
            }

            if (s.AddMonths(m).AddDays(-1) == e)
            {
                return (newStart, newStart.AddMonths(m).AddDays(-1));
            }
        }

        return (newStart, newStart.AddDays(e.DayNumber - s.DayNumber));
    }
}
