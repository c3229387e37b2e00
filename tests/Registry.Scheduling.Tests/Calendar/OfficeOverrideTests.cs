using Microsoft.Extensions.DependencyInjection;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests.Calendar;

public class OfficeOverrideTests
{
    private static readonly DateOnly Corban = new(2025, 6, 6);    // a Friday: local festival, office closed
    private static readonly DateOnly MakeUp = new(2025, 6, 7);    // a Saturday: office works instead

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Calendar:Offices:XJ-01:ExtraRestDays:0:Date"] = "2025-06-06",
        ["Calendar:Offices:XJ-01:ExtraRestDays:0:Name"] = "古尔邦节",
        ["Calendar:Offices:XJ-01:ExtraWorkingDays:0:Date"] = "2025-06-07",
    };

    [Fact]
    public void ForOffice_LayersExtraRestAndWorkingDaysOnTheNationalCalendar()
    {
        using var services = RepositoryCalendars.Services(settings: Settings());
        var calendars = services.GetRequiredService<IOfficeCalendars>();
        var office = calendars.ForOffice("XJ-01");

        Assert.False(office.IsWorkingDay(Corban));
        Assert.True(office.IsWorkingDay(MakeUp));
        Assert.Equal(new CalendarDay(Corban, CalendarDayKind.OfficeRestDay, "古尔邦节"), office.Describe(Corban));
        Assert.Equal(MakeUp, office.AddWorkingDays(new DateOnly(2025, 6, 5), 1));
        Assert.Equal("XJ-01", office.OfficeCode);

        Assert.True(calendars.National.IsWorkingDay(Corban));
        Assert.False(calendars.National.IsWorkingDay(MakeUp));
        Assert.Equal(Corban, calendars.National.AddWorkingDays(new DateOnly(2025, 6, 5), 1));
        Assert.Same(calendars.National, calendars.ForOffice("OTHER"));
        Assert.Same(calendars.National, calendars.ForOffice(null));
        Assert.True(services.GetRequiredService<IWorkingDayCalendar>().IsWorkingDay(Corban)); // the injected one is national
    }

    [Fact]
    public void ForOffice_StillFollowsNationalHolidaysAndYearLimits()
    {
        using var services = RepositoryCalendars.Services(settings: Settings());
        var office = services.GetRequiredService<IOfficeCalendars>().ForOffice("XJ-01");
        Assert.Equal(248, office.CountWorkingDays(new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31)));
        Assert.Equal(new DateOnly(2025, 10, 10), office.AddWorkingDays(new DateOnly(2025, 9, 26), 5));
        Assert.True(office.IsYearProvisional(2027));
        Assert.False(office.IsWorkingDay(new DateOnly(2027, 1, 1))); // 元旦, provisional
        Assert.Throws<CalendarYearNotLoadedException>(() => office.IsWorkingDay(new DateOnly(2101, 1, 4)));
    }

    [Fact]
    public void Override_SameDateRestAndWorking_IsRefusedNamingOfficeAndDate()
    {
        var settings = Settings();
        settings["Calendar:Offices:XJ-01:ExtraWorkingDays:1:Date"] = "2025-06-06";
        using var services = RepositoryCalendars.Services(settings: settings);
        var e = Assert.Throws<CalendarDataException>(() => services.GetRequiredService<IOfficeCalendars>());
        Assert.Contains("Calendar:Offices:XJ-01: 2025-06-06: is listed both as an extra rest day and as an extra working day", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_OutsideLoadedYears_IsRefused()
    {
        var settings = Settings();
        settings["Calendar:Offices:XJ-01:ExtraRestDays:1:Date"] = "2101-06-06";
        using var services = RepositoryCalendars.Services(settings: settings);
        var e = Assert.Throws<CalendarDataException>(() => services.GetRequiredService<IOfficeCalendars>());
        Assert.Contains("2101-06-06: lies outside the computable calendar years 2000–2100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRegistryCalendar_MissingFolder_FailsNamingTheSetting()
    {
        using var services = RepositoryCalendars.Services(settings: new Dictionary<string, string?> { ["Calendar:Directory"] = "/nonexistent/calendars" });
        var e = Assert.Throws<CalendarDataException>(() => services.GetRequiredService<IWorkingDayCalendar>());
        Assert.Contains("Calendar:Directory", e.Message, StringComparison.Ordinal);
    }
}
