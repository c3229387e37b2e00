using System.Text.RegularExpressions;

namespace Registry.Scheduling.Calendar;

/// <summary>
/// Loads the working-day calendar from a folder of <c>&lt;year&gt;.json</c> files (the repository's
/// <c>calendars/</c>), validating every file. Years without a file are computed provisionally.
/// </summary>
public static partial class JsonCalendarDirectory
{
    /// <summary>Loads the national calendar.</summary>
    /// <param name="directory">The folder holding the year files.</param>
    /// <returns>The national calendar.</returns>
    /// <exception cref="CalendarDataException">A file is invalid (the message names it and the date), the folder holds no year file, or years are missing in between.</exception>
    public static IWorkingDayCalendar Load(string directory) => LoadTable(directory);

    /// <summary>Loads the national calendar and one calendar per office with overrides.</summary>
    /// <param name="options">The folder and the office overrides.</param>
    /// <returns>The calendars.</returns>
    /// <exception cref="CalendarDataException">A file or an override is invalid.</exception>
    public static IOfficeCalendars LoadOffices(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LiveOfficeCalendars(options, ReadFiles(options.Directory));
    }

    internal static OfficeCalendarSet Compose(WorkingDayTable national, CalendarOptions options)
    {
        var offices = new Dictionary<string, WorkingDayTable>(StringComparer.Ordinal);
        foreach (var (code, office) in options.Offices)
        {
            offices.Add(code, OfficeOverlay.Apply(national, code, office));
        }

        return new OfficeCalendarSet(national, offices);
    }

    private static WorkingDayTable LoadTable(string directory) => CalendarTableBuilder.Build(ReadFiles(directory));

    // Years missing between files are computed provisionally like any other year without a notice.
    internal static List<CalendarYearFile> ReadFiles(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new CalendarDataException(full, null, "the calendar folder does not exist (setting Calendar:Directory).");
        }

        var files = Directory.EnumerateFiles(full, "*.json")
            .Where(f => YearFileName().IsMatch(Path.GetFileName(f)))
            .Select(CalendarYearFile.Read)
            .OrderBy(f => f.Year)
            .ToList();
        if (files.Count == 0)
        {
            throw new CalendarDataException(full, null, "holds no <year>.json calendar file.");
        }

        return files;
    }

    [GeneratedRegex(@"^\d{4}\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFileName();
}
