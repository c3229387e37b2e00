namespace Registry.Scheduling.Calendar;

/// <summary>The national calendar as registered for injection: always the latest loaded one (a year loaded later is seen at once).</summary>
internal sealed class CurrentNationalCalendar(IOfficeCalendars calendars) : IWorkingDayCalendar
{
    public int FirstYear => calendars.National.FirstYear;

    public int LastYear => calendars.National.LastYear;

    public string? OfficeCode => null;

    public IReadOnlyList<int> LoadedYears => calendars.National.LoadedYears;

    public bool IsYearLoaded(int year) => calendars.National.IsYearLoaded(year);

    public bool IsYearProvisional(int year) => calendars.National.IsYearProvisional(year);

    public bool IsProvisionalBetween(DateOnly from, DateOnly to) => calendars.National.IsProvisionalBetween(from, to);

    public bool IsWorkingDay(DateOnly date) => calendars.National.IsWorkingDay(date);

    public bool IsWorkingDay(DateTimeOffset instant) => calendars.National.IsWorkingDay(instant);

    public CalendarDay Describe(DateOnly date) => calendars.National.Describe(date);

    public DateOnly AddWorkingDays(DateOnly start, int workingDays) => calendars.National.AddWorkingDays(start, workingDays);

    public DateOnly AddWorkingDays(DateTimeOffset acceptedAt, int workingDays) => calendars.National.AddWorkingDays(acceptedAt, workingDays);

    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) => calendars.National.CountWorkingDays(fromExclusive, toInclusive);

    public int CountWorkingDays(DateTimeOffset fromExclusive, DateTimeOffset toInclusive) => calendars.National.CountWorkingDays(fromExclusive, toInclusive);

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) => calendars.National.NextWorkingDayOnOrAfter(date);
}
