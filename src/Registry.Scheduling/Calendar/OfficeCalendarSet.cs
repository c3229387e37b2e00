namespace Registry.Scheduling.Calendar;

/// <summary>The national table plus one precomputed table per office with overrides.</summary>
internal sealed class OfficeCalendarSet(WorkingDayTable national, IReadOnlyDictionary<string, WorkingDayTable> offices) : IOfficeCalendars
{
    public IWorkingDayCalendar National => national;

    public IReadOnlyCollection<string> OfficesWithOverrides => [.. offices.Keys];

    public IWorkingDayCalendar ForOffice(string? officeCode) =>
        officeCode is not null && offices.TryGetValue(officeCode, out var table) ? table : national;
}
