using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private readonly IWorkingDayCalendar _calendar = RepositoryCalendars.National;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // §3.3 worked examples of time-limits-and-calendar.md.
    [Theory]
    [InlineData("2025-09-26", 5, "2025-10-10")]
    [InlineData("2025-09-30", 5, "2025-10-14")]
    [InlineData("2025-01-24", 5, "2025-02-07")]
    [InlineData("2026-02-12", 5, "2026-02-26")]
    [InlineData("2025-09-26", 30, "2025-11-13")]
    [InlineData("2026-09-18", 15, "2026-10-15")]
    public void AddWorkingDays_WorkedExamples_MatchTheDomainFile(string start, int days, string expected)
    {
        Assert.Equal(D(expected), _calendar.AddWorkingDays(D(start), days));
        Assert.Equal(days, _calendar.CountWorkingDays(D(start), D(expected)));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void CountWorkingDays_WholeYear_Is248(int year)
    {
        Assert.Equal(248, _calendar.CountWorkingDays(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }

    [Theory]
    [InlineData("2025-01-26", true)]  // Sunday made a working day (春节)
    [InlineData("2025-01-28", false)] // 除夕
    [InlineData("2025-02-08", true)]  // Saturday made a working day
    [InlineData("2025-09-28", true)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-11", true)]
    [InlineData("2025-10-12", false)] // plain Sunday
    [InlineData("2025-10-13", true)]  // plain Monday
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-04", true)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-09-25", false)]
    [InlineData("2026-10-10", true)]
    public void IsWorkingDay_FollowsTheNotices(string date, bool expected)
    {
        Assert.Equal(expected, _calendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Describe_Holiday_CarriesKindAndName()
    {
        var day = _calendar.Describe(D("2025-01-28"));
        Assert.Equal(CalendarDayKind.Holiday, day.Kind);
        Assert.Equal("春节", day.Name);
        Assert.False(day.IsWorkingDay);
        Assert.Equal(CalendarDayKind.AdjustedWorkday, _calendar.Describe(D("2026-02-28")).Kind);
        Assert.Equal(CalendarDayKind.Weekend, _calendar.Describe(D("2026-03-01")).Kind);
    }

    [Fact]
    public void AddWorkingDays_AcrossYearBoundary_SkipsNewYearAndCountsAdjustedSunday()
    {
        // Wed 2025-12-31 (1), 2026-01-01..03 holiday, Sun 2026-01-04 worked (2), Mon 01-05 (3).
        Assert.Equal(D("2026-01-05"), _calendar.AddWorkingDays(D("2025-12-30"), 3));
        Assert.Equal(3, _calendar.CountWorkingDays(D("2025-12-30"), D("2026-01-05")));
        Assert.Equal(D("2025-12-31"), _calendar.AddWorkingDays(D("2026-01-04"), -1));
    }

    [Fact]
    public void AddWorkingDays_Zero_IsSameWorkingDayOrTheNextOne()
    {
        Assert.Equal(D("2025-09-26"), _calendar.AddWorkingDays(D("2025-09-26"), 0));
        Assert.Equal(D("2025-09-28"), _calendar.AddWorkingDays(D("2025-09-27"), 0)); // Sat → the 调休 Sunday
        Assert.Equal(D("2025-10-09"), _calendar.NextWorkingDayOnOrAfter(D("2025-10-01")));
    }

    [Fact]
    public void AddWorkingDays_Negative_GoesBackOverTheHoliday()
    {
        Assert.Equal(D("2025-09-30"), _calendar.AddWorkingDays(D("2025-10-09"), -1));
        Assert.Equal(D("2025-09-30"), _calendar.AddWorkingDays(D("2025-10-05"), -1));
        Assert.Equal(D("2025-09-28"), _calendar.AddWorkingDays(D("2025-10-09"), -3));
    }

    [Fact]
    public void CountWorkingDays_ReversedRange_IsNegative()
    {
        Assert.Equal(-5, _calendar.CountWorkingDays(D("2025-10-10"), D("2025-09-26")));
        Assert.Equal(0, _calendar.CountWorkingDays(D("2025-10-01"), D("2025-10-08")));
    }

    [Fact]
    public void AddAndCount_AgreeWithDayByDayStepping_ForEveryStartIn2025()
    {
        for (var start = D("2024-12-31").AddDays(1); start.Year == 2025; start = start.AddDays(1))
        {
            var day = start;
            for (var n = 1; n <= 40; n++)
            {
                do
                {
                    day = day.AddDays(1);
                }
                while (!_calendar.IsWorkingDay(day));

                Assert.Equal(day, _calendar.AddWorkingDays(start, n));
                Assert.Equal(n, _calendar.CountWorkingDays(start, day));
            }
        }
    }

    [Theory]
    [InlineData("2101-01-04")]
    [InlineData("1999-12-30")]
    public void IsWorkingDay_OutsideTheComputableYears_ThrowsNamingTheYear(string date)
    {
        var e = Assert.Throws<CalendarYearNotLoadedException>(() => _calendar.IsWorkingDay(D(date)));
        Assert.Equal(D(date).Year, e.Year);
        Assert.Contains(D(date).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Equal(2000, e.FirstLoadedYear);
        Assert.Equal(2100, e.LastLoadedYear);
    }

    [Fact]
    public void AddWorkingDays_ResultIn2027_IsComputedOnTheProvisionalYear_AndMarkedSo()
    {
        // 12-30, 12-31, (Fri 2027-01-01 元旦), 01-04, 01-05, 01-06 — no 调休 is known for 2027.
        Assert.Equal(D("2027-01-06"), _calendar.AddWorkingDays(D("2026-12-29"), 5));
        Assert.Equal(D("2026-12-31"), _calendar.AddWorkingDays(D("2026-12-29"), 2));
        Assert.Equal(24, _calendar.CountWorkingDays(D("2026-12-01"), D("2027-01-05")));
        Assert.Equal(D("2024-12-31"), _calendar.AddWorkingDays(D("2025-01-02"), -1)); // 1 Jan 2025 is 元旦
        Assert.True(_calendar.IsProvisionalBetween(D("2026-12-29"), D("2027-01-05")));
        Assert.False(_calendar.IsProvisionalBetween(D("2025-01-02"), D("2026-12-31")));
        Assert.Equal([2025, 2026], _calendar.LoadedYears);
    }

    [Fact]
    public void InstantVariants_UseChinaDate_NotUtcDate()
    {
        // 2025-09-25T17:00Z is Fri 2025-09-26 01:00 in China: the Friday example, not Thursday's.
        var instant = new DateTimeOffset(2025, 9, 25, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal(D("2025-10-10"), _calendar.AddWorkingDays(instant, 5));
        // 2025-09-30T16:30Z is Wed 2025-10-01 00:30 in China: a holiday.
        Assert.False(_calendar.IsWorkingDay(new DateTimeOffset(2025, 9, 30, 16, 30, 0, TimeSpan.Zero)));
        Assert.Equal(1, _calendar.CountWorkingDays(instant, new DateTimeOffset(2025, 9, 28, 9, 0, 0, ChinaTime.Offset)));
    }

    [Fact]
    public void AddWorkingDays_AcceptanceInstantOnSunday_StartsAsOnMonday()
    {
        var sunday = new DateTimeOffset(2025, 11, 16, 10, 0, 0, ChinaTime.Offset);
        Assert.Equal(D("2025-11-24"), _calendar.AddWorkingDays(sunday, 5));
        Assert.Equal(D("2025-11-21"), _calendar.AddWorkingDays(D("2025-11-16"), 5));
    }
}
