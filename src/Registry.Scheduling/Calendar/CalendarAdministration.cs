using System.Text;
using Microsoft.Extensions.Logging;
using Registry.Application.Deadlines;
using Registry.Application.Designer;
using Registry.Scheduling.Sweeps;

namespace Registry.Scheduling.Calendar;

/// <summary>Loads official calendar years into the database and into the running calendar, then recomputes open deadlines.</summary>
internal sealed class CalendarAdministration(
    LiveOfficeCalendars calendars,
    ICalendarYearStore store,
    OpenDeadlineRecompute recompute,
    TimeProvider timeProvider,
    ILogger<CalendarAdministration> logger) : ICalendarAdministration
{
    public IReadOnlyList<CalendarYearSummary> ListYears(int fromYear, int toYear)
    {
        var national = calendars.National;
        var folder = calendars.FolderYears;
        var loaded = calendars.LoadedYearsFromStore;
        var years = new List<CalendarYearSummary>();
        for (var year = Math.Max(fromYear, national.FirstYear); year <= Math.Min(toYear, national.LastYear); year++)
        {
            int working = 0, restWeekdays = 0, adjusted = 0;
            for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            {
                var day = national.Describe(d);
                var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                working += day.IsWorkingDay ? 1 : 0;
                restWeekdays += !weekend && !day.IsWorkingDay ? 1 : 0;
                adjusted += weekend && day.IsWorkingDay ? 1 : 0;
            }

            var official = national.IsYearLoaded(year);
            var source = !official ? null : loaded.Contains(year) ? "database" : folder.Contains(year) ? "folder" : null;
            years.Add(new CalendarYearSummary(year, official, source, working, restWeekdays, adjusted));
        }

        return years;
    }

    public async Task<CalendarLoadResult> LoadYearAsync(byte[] content, string? fileName, DesignerUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsBusinessAdmin)
        {
            throw new DesignerAccessDeniedException(user.Name);
        }

        CalendarYearFile file;
        try
        {
            file = CalendarYearFile.Parse(fileName ?? "upload", content, fileName);
        }
        catch (CalendarDataException e)
        {
            throw new CalendarFileRejectedException(e.Message, e);
        }

        await store.SaveAsync(new StoredCalendarYear(file.Year, Encoding.UTF8.GetString(content), timeProvider.GetUtcNow(), user.Name), cancellationToken);
        calendars.Load([file]);
        var (recomputed, changed, provisional) = await recompute.RecomputeAsync(provisionalOnly: false, cancellationToken);
        logger.LogInformation("Calendar {Year} loaded by {User}: {Recomputed} open deadlines recomputed, {Changed} changed, {Provisional} still provisional",
            file.Year, user.Name, recomputed, changed, provisional);
        return new CalendarLoadResult(file.Year, recomputed, changed, provisional);
    }

    public async Task<int> RestoreStoredYearsAsync(CancellationToken cancellationToken = default)
    {
        var stored = await store.ListAsync(cancellationToken);
        var files = new List<CalendarYearFile>();
        foreach (var year in stored)
        {
            try
            {
                files.Add(CalendarYearFile.Parse($"database:CalendarYears[{year.Year}]", Encoding.UTF8.GetBytes(year.Content), fileName: null));
            }
            catch (CalendarDataException e)
            {
                logger.LogWarning(e, "Stored calendar year {Year} is invalid and is not used: {Reason}", year.Year, e.Message);
            }
        }

        if (files.Count == 0)
        {
            return 0;
        }

        calendars.Load(files);

        // A deadline marked provisional while this process (or another) ran without the stored year is brought up to date.
        await recompute.RecomputeAsync(provisionalOnly: true, cancellationToken);
        return files.Count;
    }
}
