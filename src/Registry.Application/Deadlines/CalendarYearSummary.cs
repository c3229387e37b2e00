namespace Registry.Application.Deadlines;

/// <summary>One calendar year as the admin page lists it.</summary>
/// <param name="Year">The year.</param>
/// <param name="IsOfficial">True when the State Council notice for the year is loaded; false when the year is provisional.</param>
/// <param name="Source">Where an official year comes from: <c>folder</c> (the shipped <c>calendars/</c> files) or <c>database</c> (loaded later); null for a provisional year.</param>
/// <param name="WorkingDays">The year's working days as computed now.</param>
/// <param name="RestWeekdays">Mondays to Fridays that are rest days (holidays).</param>
/// <param name="AdjustedWorkdays">Saturdays and Sundays that are working days (调休上班); always 0 in a provisional year.</param>
public sealed record CalendarYearSummary(int Year, bool IsOfficial, string? Source, int WorkingDays, int RestWeekdays, int AdjustedWorkdays);
