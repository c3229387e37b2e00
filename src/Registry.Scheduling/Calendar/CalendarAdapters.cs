using Registry.Application.Review;
using Registry.Workflows.Ports;

namespace Registry.Scheduling.Calendar;

/// <summary>
/// The office calendar (holidays and adjusted working days) behind the rules' working-day counts: the review's
/// announcement and notice lengths and the self-check's time-limit checks. Without it they would count weekdays only.
/// </summary>
/// <remarks>
/// Finished cases go back further than the loaded calendar years (the demo's to 2013). A year without its notice is counted
/// on the provisional calendar (weekends and the statutory holidays of the Measures in force that year, without 调休), so a
/// self-check of such a case is approximate until its year's calendar file is loaded; outside 2000–2100 it counts Monday–Friday.
/// </remarks>
public sealed class CalendarWorkingDayCounter(IWorkingDayCalendar calendar) : IWorkingDayCounter
{
    private static readonly WeekdayCounter Weekdays = new();

    /// <inheritdoc />
    public int Count(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        // The day before a loaded year's first day may be counted from (CountWorkingDays allows it).
        return Computable(from.AddDays(1).Year) && Computable(to.Year)
            ? calendar.CountWorkingDays(from, to)
            : Weekdays.Count(from, to);
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day) => Computable(day.Year) ? calendar.IsWorkingDay(day) : Weekdays.IsWorkingDay(day);

    private bool Computable(int year) => year >= calendar.FirstYear && year <= calendar.LastYear;
}

/// <summary>
/// The office calendar behind the workflow engine's waits measured in working days (e.g. an ex-officio correction's
/// 30-working-day notice to the party): the period ends when its last working day ends, at midnight China time.
/// </summary>
public sealed class CalendarBusinessCalendar(IWorkingDayCalendar calendar) : IBusinessCalendar
{
    /// <inheritdoc />
    public DateTimeOffset EndOfWorkingDays(DateTimeOffset start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        var lastDay = calendar.AddWorkingDays(ChinaTime.DateOf(start), workingDays);
        return ChinaTime.At(lastDay.AddDays(1), TimeOnly.MinValue);
    }
}
