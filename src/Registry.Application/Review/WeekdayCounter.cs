namespace Registry.Application.Review;

/// <summary>
/// Monday–Friday counter: the fallback when no official calendar covers the dates (the shipped calendars cover
/// 2025–2026 only, demo history goes back years). Public holidays and adjusted working days are not known to it.
/// </summary>
public sealed class WeekdayCounter : IWorkingDayCounter
{
    /// <inheritdoc />
    public int Count(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                days++;
            }
        }

        return days;
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
