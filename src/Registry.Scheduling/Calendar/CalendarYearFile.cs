using System.Globalization;
using System.Text.Json;

namespace Registry.Scheduling.Calendar;

/// <summary>Reads and validates one <c>&lt;year&gt;.json</c> file (see <c>calendars/calendar.schema.json</c>).</summary>
internal sealed class CalendarYearFile
{
    private CalendarYearFile(string path, int year, Dictionary<DateOnly, (CalendarDayKind Kind, string? Name)> days)
    {
        Path = path;
        Year = year;
        Days = days;
    }

    public string Path { get; }

    public int Year { get; }

    public IReadOnlyDictionary<DateOnly, (CalendarDayKind Kind, string? Name)> Days { get; }

    public static CalendarYearFile Read(string path) => Parse(path, File.ReadAllBytes(path), System.IO.Path.GetFileName(path));

    /// <summary>
    /// Validates one year file's content (an upload or a CLI argument) as <see cref="Read"/> does. <paramref name="fileName"/>,
    /// when given, must be <c>&lt;year&gt;.json</c>.
    /// </summary>
    public static CalendarYearFile Parse(string origin, byte[] content, string? fileName)
    {
        var path = origin;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CalendarDataException(path, null, $"is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("year", out var yearElement)
                || !yearElement.TryGetInt32(out var year))
            {
                throw new CalendarDataException(path, null, "has no integer 'year'.");
            }

            if (Unknown(root, RootProperties) is { } extra)
            {
                throw new CalendarDataException(path, null, $"has the property '{extra}', which calendar.schema.json does not allow (additionalProperties: false).");
            }

            if (year is < 2000 or > 2100)
            {
                throw new CalendarDataException(path, null, $"declares year {year}; the schema allows 2000–2100.");
            }

            if (!root.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Object
                || !HasText(source, "authority") || !HasText(source, "title") || !HasText(source, "url"))
            {
                throw new CalendarDataException(path, null, "has no 'source' with 'authority', 'title' and 'url' (the State Council notice the dates come from).");
            }

            if (Unknown(source, SourceProperties) is { } extraSource)
            {
                throw new CalendarDataException(path, null, $"has the property 'source.{extraSource}', which calendar.schema.json does not allow.");
            }

            var expectedName = year.ToString(CultureInfo.InvariantCulture) + ".json";
            if (fileName is not null && !string.Equals(fileName, expectedName, StringComparison.OrdinalIgnoreCase))
            {
                throw new CalendarDataException(path, null, $"declares year {year} but is not named {expectedName}.");
            }

            if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
            {
                throw new CalendarDataException(path, null, "has no 'days' array.");
            }

            var days = new Dictionary<DateOnly, (CalendarDayKind, string?)>();
            var index = 0;
            foreach (var entry in daysElement.EnumerateArray())
            {
                var (date, kind, name) = ReadDay(path, index++, entry);
                if (date.Year != year)
                {
                    throw new CalendarDataException(path, date, $"lies outside the file's year {year}.");
                }

                if (days.TryGetValue(date, out var existing))
                {
                    throw new CalendarDataException(path, date, existing.Item1 == kind
                        ? "is listed twice."
                        : "is marked both Holiday and AdjustedWorkday.");
                }

                if (kind == CalendarDayKind.AdjustedWorkday && !IsWeekend(date))
                {
                    throw new CalendarDataException(path, date,
                        $"is marked AdjustedWorkday but is a {date.DayOfWeek}; only a Saturday or Sunday can be made a working day.");
                }

                days.Add(date, (kind, name));
            }

            var file = new CalendarYearFile(path, year, days);
            if (root.TryGetProperty("workingDays", out var expected) && expected.TryGetInt32(out var expectedCount))
            {
                var actual = file.CountWorkingDays();
                if (actual != expectedCount)
                {
                    throw new CalendarDataException(path, null,
                        $"declares {expectedCount} working days but its dates give {actual}.");
                }
            }
            else
            {
                throw new CalendarDataException(path, null, "has no integer 'workingDays' (the year's expected count, checked on load).");
            }

            return file;
        }
    }

    private static readonly string[] RootProperties = ["$schema", "year", "source", "dataset", "caveats", "workingDays", "days"];
    private static readonly string[] SourceProperties = ["authority", "title", "documentNumber", "published", "url"];
    private static readonly string[] DayProperties = ["date", "kind", "holiday"];

    private static string? Unknown(JsonElement element, string[] allowed) =>
        element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !allowed.Contains(n, StringComparer.Ordinal));

    private static bool HasText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());

    public static CalendarDayKind PlainKind(DateOnly date) => IsWeekend(date) ? CalendarDayKind.Weekend : CalendarDayKind.Weekday;

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private int CountWorkingDays()
    {
        var count = 0;
        for (var d = new DateOnly(Year, 1, 1); d.Year == Year; d = d.AddDays(1))
        {
            var kind = Days.TryGetValue(d, out var listed) ? listed.Kind : PlainKind(d);
            count += WorkingDayTable.IsWorking(kind) ? 1 : 0;
        }

        return count;
    }

    private static (DateOnly Date, CalendarDayKind Kind, string? Name) ReadDay(string path, int index, JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object
            || !entry.TryGetProperty("date", out var dateElement)
            || dateElement.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CalendarDataException(path, null, $"days[{index}] has no 'date' in yyyy-MM-dd form.");
        }

        if (Unknown(entry, DayProperties) is { } extra)
        {
            throw new CalendarDataException(path, date, $"has the property '{extra}', which calendar.schema.json does not allow in days[{index}].");
        }

        var kindText = entry.TryGetProperty("kind", out var kindElement) && kindElement.ValueKind == JsonValueKind.String
            ? kindElement.GetString()
            : null;
        var kind = kindText switch
        {
            "Holiday" => CalendarDayKind.Holiday,
            "AdjustedWorkday" => CalendarDayKind.AdjustedWorkday,
            _ => throw new CalendarDataException(path, date, $"has kind '{kindText}'; expected Holiday or AdjustedWorkday."),
        };
        var name = entry.TryGetProperty("holiday", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString()
            : null;
        return (date, kind, name);
    }
}
