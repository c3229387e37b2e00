using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Review;
using Registry.Scheduling.Calendar;
using Registry.Workflows.Ports;

namespace Registry.Scheduling.Tests.Calendar;

/// <summary>The office calendar as the rules' working-day counter and the engine's business calendar (2026 National Day week).</summary>
public sealed class CalendarAdapterTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void BusinessCalendar_EndsAWaitWhenItsLastWorkingDayEnds_SkippingHolidaysAndCountingAdjustedWorkdays()
    {
        var calendar = new CalendarBusinessCalendar(RepositoryCalendars.National);

        // From Tuesday 29 Sep 15:00: 30 Sep, (1–7 Oct 国庆), 8, 9, Saturday 10 Oct (调休上班), Monday 12 Oct.
        var end = calendar.EndOfWorkingDays(new DateTimeOffset(2026, 9, 29, 15, 0, 0, China), 5);

        Assert.Equal(new DateTimeOffset(2026, 10, 13, 0, 0, 0, China), end);
    }

    [Fact]
    public void WorkingDayCounter_CountsTheOfficeCalendarsWorkingDays_NotWeekdays()
    {
        var counter = new CalendarWorkingDayCounter(RepositoryCalendars.National);

        Assert.Equal(4, counter.Count(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 12)));
        Assert.Equal(8, new WeekdayCounter().Count(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 12))); // what weekdays alone would say
        Assert.Equal(0, counter.Count(new DateOnly(2026, 10, 12), new DateOnly(2026, 9, 30)));
        Assert.True(counter.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(counter.IsWorkingDay(new DateOnly(2026, 10, 5)));
    }

    [Fact]
    public void WorkingDayCounter_OutsideTheLoadedYears_CountsTheProvisionalCalendar_InsteadOfFailing()
    {
        // A case finished in 2013 (the demo has some): no 2013 calendar, so the provisional one — weekends and the statutory
        // holidays of the Measures then in force: 国庆 1–3 Oct is known, the notice's 调休 (Sun 29 Sep worked) is not.
        var counter = new CalendarWorkingDayCounter(RepositoryCalendars.National);

        Assert.Equal(2, counter.Count(new DateOnly(2013, 9, 27), new DateOnly(2013, 10, 4))); // 30 Sep and 4 Oct
        Assert.False(counter.IsWorkingDay(new DateOnly(2013, 10, 1)));
        Assert.False(counter.IsWorkingDay(new DateOnly(2013, 9, 29))); // a Sunday worked by the 2013 notice: unknown here
        Assert.Equal(5, counter.Count(new DateOnly(1999, 9, 27), new DateOnly(1999, 10, 4))); // before 2000: Monday–Friday
        Assert.Equal(3, counter.Count(new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 6))); // 2, 3 and 6 Jan: 1 Jan 2025 元旦 is known
    }

    [Fact]
    public void Services_ReplaceTheReviewsWeekdayFallback_WithTheOfficeCalendar()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IWorkingDayCounter, WeekdayCounter>(); // the review's fallback, registered first
        using var provider = RepositoryCalendars.Services(configure: services);

        Assert.IsType<CalendarWorkingDayCounter>(provider.GetRequiredService<IWorkingDayCounter>());
        Assert.IsType<CalendarBusinessCalendar>(provider.GetRequiredService<IBusinessCalendar>());
    }
}
