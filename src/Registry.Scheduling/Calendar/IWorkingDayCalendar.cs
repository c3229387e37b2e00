namespace Registry.Scheduling.Calendar;

/// <summary>
/// The official working-day calendar (工作日历): national holidays and adjusted working days (调休),
/// optionally with one office's extra rest or working days layered on top. Years without a loaded notice are computed
/// provisionally (<see cref="IsYearProvisional"/>); only a date outside <see cref="FirstYear"/>–<see cref="LastYear"/>
/// raises <see cref="CalendarYearNotLoadedException"/>.
/// Every operation is O(1) after load.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>The first year dates can be computed in (official or provisional).</summary>
    int FirstYear { get; }

    /// <summary>The last year dates can be computed in (official or provisional).</summary>
    int LastYear { get; }

    /// <summary>The office whose overrides are applied, or null for the national calendar.</summary>
    string? OfficeCode { get; }

    /// <summary>The years whose official calendar (the State Council notice) is loaded, ascending.</summary>
    IReadOnlyList<int> LoadedYears { get; }

    /// <summary>Whether the official calendar of <paramref name="year"/> is loaded.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True if the year's dates come from the State Council notice.</returns>
    bool IsYearLoaded(int year);

    /// <summary>
    /// Whether <paramref name="year"/> is computed provisionally: weekends and the statutory holidays of the 全国年节及纪念日放假办法,
    /// without the notice's adjusted working days (调休). Dates in it may change when the notice is loaded.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>True for a provisional year inside <see cref="FirstYear"/>–<see cref="LastYear"/>.</returns>
    bool IsYearProvisional(int year);

    /// <summary>Whether any year from <paramref name="from"/> to <paramref name="to"/> (either order) is not officially loaded.</summary>
    /// <param name="from">One end.</param>
    /// <param name="to">The other end.</param>
    /// <returns>True if a result computed over the range is provisional.</returns>
    bool IsProvisionalBetween(DateOnly from, DateOnly to);

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="CalendarYearNotLoadedException">The date lies outside FirstYear–LastYear.</exception>
    bool IsWorkingDay(DateOnly date);

    /// <summary>Whether the China date of <paramref name="instant"/> is a working day.</summary>
    /// <param name="instant">Any instant; it is read in China time.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="CalendarYearNotLoadedException">The date lies outside FirstYear–LastYear.</exception>
    bool IsWorkingDay(DateTimeOffset instant);

    /// <summary>The date with its kind and holiday name.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The description of the date.</returns>
    /// <exception cref="CalendarYearNotLoadedException">The date lies outside FirstYear–LastYear.</exception>
    CalendarDay Describe(DateOnly date);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day is not
    /// counted (day 1 is the first working day after it). With 0, the start day itself if it is a working day,
    /// otherwise the next working day. A negative count goes backwards (-1 is the last working day before the start).
    /// </summary>
    /// <param name="start">The start date (e.g. the acceptance date).</param>
    /// <param name="workingDays">How many working days to add.</param>
    /// <returns>The resulting working day.</returns>
    /// <exception cref="CalendarYearNotLoadedException">The start or the result lies outside FirstYear–LastYear (2000–2100 at least).</exception>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);

    /// <summary>
    /// Like <see cref="AddWorkingDays(DateOnly, int)"/> from the China date of an acceptance instant, except that an
    /// acceptance on a non-working day starts the clock as if accepted on the next working day (so a Sunday
    /// acceptance plus 5 lands on the 5th working day after the Monday).
    /// </summary>
    /// <param name="acceptedAt">The acceptance instant; read in China time.</param>
    /// <param name="workingDays">How many working days to add.</param>
    /// <returns>The resulting China date.</returns>
    /// <exception cref="CalendarYearNotLoadedException">A date needed lies outside FirstYear–LastYear (2000–2100 at least).</exception>
    DateOnly AddWorkingDays(DateTimeOffset acceptedAt, int workingDays);

    /// <summary>
    /// The number of working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]. Negative
    /// (minus the count of (<paramref name="toInclusive"/>, <paramref name="fromExclusive"/>]) when the range is reversed.
    /// <paramref name="fromExclusive"/> may be the day before the first loaded day (e.g. 31 December of the year before).
    /// </summary>
    /// <param name="fromExclusive">The day before the first day counted.</param>
    /// <param name="toInclusive">The last day counted.</param>
    /// <returns>The signed number of working days.</returns>
    /// <exception cref="CalendarYearNotLoadedException">A date lies outside FirstYear–LastYear (2000–2100 at least).</exception>
    int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive);

    /// <summary><see cref="CountWorkingDays(DateOnly, DateOnly)"/> on the China dates of two instants.</summary>
    /// <param name="fromExclusive">The instant whose China date is the day before the first day counted.</param>
    /// <param name="toInclusive">The instant whose China date is the last day counted.</param>
    /// <returns>The signed number of working days.</returns>
    /// <exception cref="CalendarYearNotLoadedException">A date lies outside FirstYear–LastYear (2000–2100 at least).</exception>
    int CountWorkingDays(DateTimeOffset fromExclusive, DateTimeOffset toInclusive);

    /// <summary><paramref name="date"/> if it is a working day, otherwise the next working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A working day on or after <paramref name="date"/>.</returns>
    /// <exception cref="CalendarYearNotLoadedException">A date needed lies outside FirstYear–LastYear (2000–2100 at least).</exception>
    DateOnly NextWorkingDayOnOrAfter(DateOnly date);
}
