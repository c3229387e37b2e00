namespace Registry.Scheduling.Calendar;

/// <summary>The national calendar and, per office, the national calendar with that office's overrides.</summary>
public interface IOfficeCalendars
{
    /// <summary>The national calendar (State Council holidays and adjusted working days only).</summary>
    IWorkingDayCalendar National { get; }

    /// <summary>The codes of the offices that have overrides.</summary>
    IReadOnlyCollection<string> OfficesWithOverrides { get; }

    /// <summary>The calendar of one office: the national calendar if the office has no overrides or the code is null.</summary>
    /// <param name="officeCode">The office code, or null.</param>
    /// <returns>The office's calendar.</returns>
    IWorkingDayCalendar ForOffice(string? officeCode);
}
