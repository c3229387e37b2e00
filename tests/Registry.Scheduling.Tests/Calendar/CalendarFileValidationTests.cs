using System.Text.Json;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests.Calendar;

public sealed class CalendarFileValidationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registry-calendar-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string fileName, int year, int workingDays, params string[] days) =>
        File.WriteAllText(Path.Combine(_folder, fileName),
            $$"""{ "year": {{year}}, "source": { "authority": "x", "title": "x", "url": "https://example.org" }, "workingDays": {{workingDays}}, "days": [{{string.Join(",", days)}}] }""");

    private static string Day(string date, string kind) => $$"""{ "date": "{{date}}", "kind": "{{kind}}" }""";

    private CalendarDataException LoadFails() => Assert.Throws<CalendarDataException>(() => JsonCalendarDirectory.Load(_folder));

    [Fact]
    public void Load_DateListedTwice_NamesFileAndDate()
    {
        Write("2025.json", 2025, 260, Day("2025-01-01", "Holiday"), Day("2025-01-01", "Holiday"));
        var e = LoadFails();
        Assert.Contains("2025.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("2025-01-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("listed twice", e.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 1, 1), e.Date);
    }

    [Fact]
    public void Load_DateMarkedBothWays_NamesFileAndDate()
    {
        Write("2025.json", 2025, 260, Day("2025-01-26", "AdjustedWorkday"), Day("2025-01-26", "Holiday"));
        var e = LoadFails();
        Assert.Contains("2025.json: 2025-01-26", e.Message, StringComparison.Ordinal);
        Assert.Contains("both Holiday and AdjustedWorkday", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DateOutsideTheFilesYear_NamesFileAndDate()
    {
        Write("2025.json", 2025, 261, Day("2026-01-01", "Holiday"));
        var e = LoadFails();
        Assert.Contains("2025.json: 2026-01-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside the file's year 2025", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileNamedForAnotherYear_IsRefused()
    {
        Write("2025.json", 2026, 261);
        Assert.Contains("declares year 2026 but is not named 2026.json", LoadFails().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WorkingDayCountDisagrees_IsRefused()
    {
        Write("2025.json", 2025, 248, Day("2025-01-01", "Holiday"));
        Assert.Contains("declares 248 working days but its dates give 260", LoadFails().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AdjustedWorkdayOnAWeekday_IsRefused()
    {
        Write("2025.json", 2025, 261, Day("2025-01-02", "AdjustedWorkday"));
        Assert.Contains("2025-01-02: is marked AdjustedWorkday but is a Thursday", LoadFails().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKind_IsRefused()
    {
        Write("2025.json", 2025, 261, Day("2025-01-02", "Rest"));
        Assert.Contains("has kind 'Rest'", LoadFails().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YearsWithAGap_ComputeTheGapProvisionally()
    {
        Write("2025.json", 2025, 261);
        Write("2027.json", 2027, 261);
        var calendar = JsonCalendarDirectory.Load(_folder);
        Assert.Equal([2025, 2027], calendar.LoadedYears);
        Assert.True(calendar.IsYearProvisional(2026));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 1))); // 国庆, a statutory day
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 10, 1))); // the (made-up) official 2027 file lists no holiday
    }

    [Fact]
    public void Load_APropertyTheSchemaDoesNotAllow_IsRefusedNamingIt()
    {
        Write("2025.json", 2025, 261, """{"date": "2025-01-01", "kind": "Holiday", "note": "x"}""");
        Assert.Contains("'note'", LoadFails().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFolder_IsRefused()
    {
        Assert.Contains("holds no <year>.json", LoadFails().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidPlainYear_CountsWeekdaysOnly()
    {
        Write("2025.json", 2025, 261);
        var calendar = JsonCalendarDirectory.Load(_folder);
        Assert.Equal(261, calendar.CountWorkingDays(new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31)));
        Assert.Equal([2025], calendar.LoadedYears);
        Assert.Equal((2000, 2100), (calendar.FirstYear, calendar.LastYear)); // the other years are provisional
    }

    [Fact]
    public void RepositoryFiles_FollowTheSchemaShape()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryCalendars.Directory, "calendar.schema.json")));
        var kinds = schema.RootElement.GetProperty("properties").GetProperty("days").GetProperty("items")
            .GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(k => k.GetString()!).ToArray();
        Assert.Equal(["Holiday", "AdjustedWorkday"], kinds);
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToArray();
        var allowed = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();

        foreach (var year in new[] { 2025, 2026 })
        {
            using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryCalendars.Directory, $"{year}.json")));
            var names = file.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.All(required, r => Assert.Contains(r, names));
            Assert.All(names, n => Assert.Contains(n, allowed));
            Assert.StartsWith("https://www.gov.cn/", file.RootElement.GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(file.RootElement.GetProperty("caveats").EnumerateArray());
        }
    }
}
