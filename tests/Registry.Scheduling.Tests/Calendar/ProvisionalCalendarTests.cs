using System.Globalization;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Calendar.Provisional;

namespace Registry.Scheduling.Tests.Calendar;

/// <summary>
/// The provisional calendar for years without a loaded State Council notice: the statutory holidays of the 全国年节及纪念日放假办法
/// (lunar dates from ChineseLunisolarCalendar, 清明 from the solar term), checked against the official 2025 and 2026 files.
/// </summary>
public class ProvisionalCalendarTests
{
    private static readonly IWorkingDayCalendar Official = RepositoryCalendars.National;

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void EveryStatutoryDay_IsARestDayWithTheSameHoliday_InTheOfficialFile(int year)
    {
        var days = StatutoryHolidays.For(year);

        Assert.Equal(13, days.Count); // the 2024 revision: 元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3
        foreach (var (date, name) in days)
        {
            var official = Official.Describe(date);
            Assert.True(official.Kind == CalendarDayKind.Holiday, $"{date:yyyy-MM-dd} ({name}) is {official.Kind} in the official {year} file");
            Assert.Contains(name, official.Name ?? "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2025, 5, 1)] // 调休: Sun 01-26, Sat 02-08, Sun 04-27, Sun 09-28, Sat 10-11; make-up: 端午 Sat 05-31 → Mon 06-02
    [InlineData(2026, 6, 3)] // 调休: Sun 01-04, Sat 02-14, Sat 02-28, Sat 05-09, Sun 09-20, Sat 10-10; make-up: 清明 Sun, 劳动节 Sat 05-02, 国庆 Sat 10-03
    public void TheOfficialYear_DiffersOnlyByTheNoticesSwapsAndMakeUpDays(int year, int adjustedWorkdays, int statutoryDaysOnWeekends)
    {
        // The notice turns weekends into working days (调休) and rests the same number of weekdays, and gives a weekday for a
        // statutory day on a weekend (art. 6). So: official weekday rest days = provisional ones + swaps + make-up days.
        var provisional = ProvisionalOnly(year);
        int officialRest = 0, provisionalRest = 0, swaps = 0;
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            officialRest += !weekend && !Official.IsWorkingDay(d) ? 1 : 0;
            provisionalRest += !weekend && !provisional.IsWorkingDay(d) ? 1 : 0;
            swaps += weekend && Official.IsWorkingDay(d) ? 1 : 0;
            Assert.False(weekend && provisional.IsWorkingDay(d), $"{d:yyyy-MM-dd}: a provisional year has no 调休");
        }

        var onWeekends = StatutoryHolidays.For(year).Count(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal((adjustedWorkdays, statutoryDaysOnWeekends), (swaps, onWeekends));
        Assert.Equal(officialRest, provisionalRest + swaps + onWeekends);
        Assert.True(provisional.IsYearProvisional(year));
    }

    // The repository calendar with the official file of <paramref name="year"/> left out.
    private static WorkingDayTable ProvisionalOnly(int year) =>
        CalendarTableBuilder.Build([.. JsonCalendarDirectory.ReadFiles(RepositoryCalendars.Directory).Where(f => f.Year != year)]);

    [Theory]
    [InlineData(2008, "2008-04-04")]
    [InlineData(2015, "2015-04-05")]
    [InlineData(2016, "2016-04-04")]
    [InlineData(2019, "2019-04-05")]
    [InlineData(2020, "2020-04-04")]
    [InlineData(2022, "2022-04-05")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    [InlineData(2025, "2025-04-04")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-04-05")]
    [InlineData(2028, "2028-04-04")]
    public void Qingming_FallsOnTheSolarTerm(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), SolarTerms.DateOf(year, SolarTerms.QingmingLongitude, new DateOnly(year, 4, 1)));
    }

    [Fact]
    public void Qingming_IsAlwaysTheFourthOrFifthOfApril_AndTheSunIsAt15Degrees()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var date = SolarTerms.DateOf(year, SolarTerms.QingmingLongitude, new DateOnly(year, 4, 1));
            Assert.True(date.Month == 4 && date.Day is 4 or 5 or 6, $"{year}: {date}");
        }

        Assert.InRange(SolarTerms.ApparentLongitude(2451545.0), 280.0, 281.0); // J2000: about 280.37°
    }

    [Theory]
    [InlineData(2027, "2027-02-05", "2027-06-09", "2027-09-15")] // 除夕, 端午, 中秋
    [InlineData(2028, "2028-01-25", "2028-05-28", "2028-10-03")] // 2028 has a leap fifth month: 端午 is in the regular one
    [InlineData(2023, "2023-01-21", "2023-06-22", "2023-09-29")] // leap second month
    public void LunarHolidays_FollowTheLunarCalendar_MindingLeapMonths(int year, string eve, string dragonBoat, string midAutumn)
    {
        var days = StatutoryHolidays.For(year);
        Assert.Contains((DateOnly.Parse(dragonBoat, CultureInfo.InvariantCulture), "端午节"), days);
        Assert.Contains((DateOnly.Parse(midAutumn, CultureInfo.InvariantCulture), "中秋节"), days);
        if (year >= 2025)
        {
            Assert.Contains((DateOnly.Parse(eve, CultureInfo.InvariantCulture), "春节"), days);
        }
        else
        {
            Assert.Contains((DateOnly.Parse(eve, CultureInfo.InvariantCulture).AddDays(1), "春节"), days); // 初一 (2013 revision)
        }
    }

    [Fact]
    public void AYearWithoutItsNotice_IsProvisional_AndLoadingTheFileMakesItOfficial()
    {
        var calendars = (LiveOfficeCalendars)JsonCalendarDirectory.LoadOffices(new CalendarOptions { Directory = RepositoryCalendars.Directory });
        Assert.True(calendars.National.IsYearProvisional(2027));
        Assert.Equal(new DateOnly(2027, 1, 5), calendars.National.AddWorkingDays(new DateOnly(2026, 12, 28), 5));

        var folder = Directory.CreateTempSubdirectory("cal-2027-");
        try
        {
            // A made-up 2027 notice: 元旦 1–3 January with Sun 01-03 … and Sat 01-09 worked (調休), for the test only.
            var path = Path.Combine(folder.FullName, "2027.json");
            File.WriteAllText(path, """
                { "year": 2027, "source": { "authority": "test", "title": "test notice", "url": "https://example.org/2027" }, "workingDays": 260,
                  "days": [ {"date": "2027-01-01", "kind": "Holiday"}, {"date": "2027-01-04", "kind": "Holiday"}, {"date": "2027-01-09", "kind": "AdjustedWorkday"} ] }
                """);
            calendars.Load([CalendarYearFile.Read(path)]);

            Assert.True(calendars.National.IsYearLoaded(2027));
            Assert.False(calendars.National.IsProvisionalBetween(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 6)));
            Assert.Equal(new DateOnly(2027, 1, 6), calendars.National.AddWorkingDays(new DateOnly(2026, 12, 28), 5));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
