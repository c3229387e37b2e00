namespace Registry.Scheduling.Calendar;

/// <summary>
/// The calendars in use, replaceable while the process runs: the folder's year files, plus the years loaded later (from the
/// database or an upload), which take precedence. Readers take a snapshot per call, so a swap never mixes two versions.
/// </summary>
internal sealed class LiveOfficeCalendars : IOfficeCalendars
{
    private readonly CalendarOptions _options;
    private readonly IReadOnlyList<CalendarYearFile> _folderFiles;
    private readonly Lock _gate = new();
    private Dictionary<int, CalendarYearFile> _loaded = [];
    private volatile OfficeCalendarSet _current;

    public LiveOfficeCalendars(CalendarOptions options, IReadOnlyList<CalendarYearFile> folderFiles)
    {
        _options = options;
        _folderFiles = folderFiles;
        _current = JsonCalendarDirectory.Compose(CalendarTableBuilder.Build(folderFiles), options);
    }

    public IWorkingDayCalendar National => _current.National;

    public IReadOnlyCollection<string> OfficesWithOverrides => _current.OfficesWithOverrides;

    public IWorkingDayCalendar ForOffice(string? officeCode) => _current.ForOffice(officeCode);

    /// <summary>The years that come from the calendar folder.</summary>
    public IReadOnlyCollection<int> FolderYears => [.. _folderFiles.Select(f => f.Year)];

    /// <summary>The years loaded from the database (or an upload) on top of the folder.</summary>
    public IReadOnlyCollection<int> LoadedYearsFromStore => [.. _loaded.Keys];

    /// <summary>Adds or replaces official years (a later file of the same year wins) and rebuilds every table.</summary>
    /// <exception cref="CalendarDataException">An office override no longer fits (the previous calendars stay in use).</exception>
    public void Load(IEnumerable<CalendarYearFile> years)
    {
        lock (_gate)
        {
            var loaded = new Dictionary<int, CalendarYearFile>(_loaded);
            foreach (var year in years)
            {
                loaded[year.Year] = year;
            }

            var files = _folderFiles.Where(f => !loaded.ContainsKey(f.Year)).Concat(loaded.Values).ToList();
            _current = JsonCalendarDirectory.Compose(CalendarTableBuilder.Build(files), _options);
            _loaded = loaded;
        }
    }
}
