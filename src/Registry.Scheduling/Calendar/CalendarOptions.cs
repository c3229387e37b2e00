namespace Registry.Scheduling.Calendar;

/// <summary>Where the calendar files are and which offices change them. Bound from the <c>Calendar</c> section.</summary>
public sealed class CalendarOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Calendar";

    /// <summary>
    /// The folder holding one <c>&lt;year&gt;.json</c> per year (the repository's <c>calendars/</c>).
    /// A relative path is resolved against the current directory.
    /// </summary>
    public string Directory { get; set; } = "calendars";

    /// <summary>Overrides per office code. Offices not listed use the national calendar.</summary>
    public IDictionary<string, OfficeCalendarOptions> Offices { get; } = new Dictionary<string, OfficeCalendarOptions>(StringComparer.Ordinal);
}
