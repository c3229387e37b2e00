namespace Registry.Scheduling.Calendar;

/// <summary>One date as the calendar sees it.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Why it is, or is not, a working day.</param>
/// <param name="Name">The holiday or override name, e.g. 春节; null for plain weekdays and weekends.</param>
public readonly record struct CalendarDay(DateOnly Date, CalendarDayKind Kind, string? Name)
{
    /// <summary>Whether the date is a working day (工作日).</summary>
    public bool IsWorkingDay => Kind is CalendarDayKind.Weekday or CalendarDayKind.AdjustedWorkday or CalendarDayKind.OfficeWorkingDay;
}
