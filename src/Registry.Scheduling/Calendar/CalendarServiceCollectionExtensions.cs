using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Registry.Scheduling.Deadlines;

namespace Registry.Scheduling.Calendar;

/// <summary>Registers the working-day calendar and the deadline calculator.</summary>
public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOfficeCalendars"/>, the national <see cref="IWorkingDayCalendar"/>,
    /// <see cref="CivilCodePeriodCalculator"/> and <see cref="IDeadlineCalculator"/> (all singletons), binding
    /// <see cref="CalendarOptions"/> from <c>Calendar</c> (folder: <c>Calendar:Directory</c>) and
    /// <see cref="DeadlineOptions"/> from <c>Deadlines</c>. Adds <see cref="TimeProvider.System"/> unless a
    /// <see cref="TimeProvider"/> is already registered. The files are loaded and validated on first use.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRegistryCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Calendar:Directory must name the calendars folder.");
        services.AddOptions<DeadlineOptions>()
            .Bind(configuration.GetSection(DeadlineOptions.SectionName))
            .Validate(o => o.AmberUsedPercent is > 0 and <= 100, "Deadlines:AmberUsedPercent must be between 1 and 100.")
            .Validate(o => o.AmberRemainingWorkingDays >= 0, "Deadlines:AmberRemainingWorkingDays must not be negative.")
            .Validate(o => o.InstantAlertLeadTime >= TimeSpan.Zero && o.InstantAlertLeadTime < TimeSpan.FromHours(24),
                "Deadlines:InstantAlertLeadTime must be between 0 and 24 hours.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CalendarOptions>>().Value;
            return new LiveOfficeCalendars(options, JsonCalendarDirectory.ReadFiles(options.Directory));
        });
        services.AddSingleton<IOfficeCalendars>(sp => sp.GetRequiredService<LiveOfficeCalendars>());
        services.AddSingleton<IWorkingDayCalendar>(sp => new CurrentNationalCalendar(sp.GetRequiredService<IOfficeCalendars>()));
        services.AddSingleton(sp => new CivilCodePeriodCalculator(sp.GetRequiredService<IWorkingDayCalendar>()));
        services.AddSingleton<IDeadlineCalculator, WorkingDayDeadlineCalculator>();
        // Registered with Add (not TryAdd) so they replace the review's weekday-only fallback whatever the order.
        services.AddSingleton<Registry.Application.Review.IWorkingDayCounter, CalendarWorkingDayCounter>();
        services.AddSingleton<Registry.Workflows.Ports.IBusinessCalendar, CalendarBusinessCalendar>();
        return services;
    }
}
