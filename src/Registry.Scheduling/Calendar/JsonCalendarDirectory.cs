using System.Globalization;
using System.Text.RegularExpressions;

namespace Registry.Scheduling.Calendar;

/// <summary>
/// Loads the working-day calendar from a folder of <c>&lt;year&gt;.json</c> files (the repository's
/// <c>calendars/</c>), validating every file. The years must be contiguous.
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
        var national = LoadTable(options.Directory);
        var offices = new Dictionary<string, WorkingDayTable>(StringComparer.Ordinal);
        foreach (var (code, office) in options.Offices)
        {
            offices.Add(code, OfficeOverlay.Apply(national, code, office));
        }

        return new OfficeCalendarSet(national, offices);
    }

    private static WorkingDayTable LoadTable(string directory)
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

        for (var i = 1; i < files.Count; i++)
        {
            if (files[i].Year != files[i - 1].Year + 1)
            {
                throw new CalendarDataException(full, null,
                    $"calendar years must be contiguous, but {(files[i - 1].Year + 1).ToString(CultureInfo.InvariantCulture)} is missing between {files[i - 1].Year} and {files[i].Year}.");
            }
        }

        var firstYear = files[0].Year;
        var lastYear = files[^1].Year;
        var first = new DateOnly(firstYear, 1, 1);
        var length = new DateOnly(lastYear, 12, 31).DayNumber - first.DayNumber + 1;
        var kinds = new CalendarDayKind[length];
        var names = new string?[length];
        for (var i = 0; i < length; i++)
        {
            kinds[i] = CalendarYearFile.PlainKind(first.AddDays(i));
        }

        foreach (var file in files)
        {
            foreach (var (date, (kind, name)) in file.Days)
            {
                var i = date.DayNumber - first.DayNumber;
                kinds[i] = kind;
                names[i] = name;
            }
        }

        return new WorkingDayTable(firstYear, lastYear, kinds, names, officeCode: null);
    }

    [GeneratedRegex(@"^\d{4}\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFileName();
}
