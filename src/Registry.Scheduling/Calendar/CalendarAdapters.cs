using Registry.Application.Review;
using Registry.Workflows.Ports;

namespace Registry.Scheduling.Calendar;

/// <summary>
/// The office calendar (holidays and adjusted working days) behind the rules' working-day counts: the review's
/// announcement and notice lengths and the self-check's time-limit checks. Without it they would count weekdays only.
/// </summary>
public sealed class CalendarWorkingDayCounter(IWorkingDayCalendar calendar) : IWorkingDayCounter
{
    /// <inheritdoc />
    public int Count(DateOnly from, DateOnly to) => to <= from ? 0 : calendar.CountWorkingDays(from, to);

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day) => calendar.IsWorkingDay(day);
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
