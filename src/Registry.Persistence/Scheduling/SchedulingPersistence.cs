using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Deadlines;
using Registry.Application.Expiries;
using Registry.Application.Notifications;
using Registry.Persistence.Notifications;

namespace Registry.Persistence.Scheduling;

/// <summary>Registers the stores of case deadlines, loaded calendar years, register expiries, the notifications outbox and the staff inbox.</summary>
internal static class SchedulingPersistence
{
    public static IServiceCollection AddSchedulingStores(this IServiceCollection services)
    {
        services.TryAddSingleton<ICaseDeadlineStore, EfCaseDeadlineStore>();
        services.TryAddSingleton<IRegisterExpiryStore, EfRegisterExpiryStore>();
        services.TryAddSingleton<ICalendarYearStore, EfCalendarYearStore>();
        services.TryAddSingleton<EfNotificationOutbox>();
        services.TryAddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<EfNotificationOutbox>());
        services.TryAddSingleton<IOutboxDeliveryStore>(sp => sp.GetRequiredService<EfNotificationOutbox>());
        services.TryAddSingleton<Registry.Application.Review.Reporting.IBookingReportLog, EfBookingReportLog>();
        services.TryAddSingleton<EfStaffInbox>();
        services.TryAddSingleton<IStaffInbox>(sp => sp.GetRequiredService<EfStaffInbox>());
        services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<EfStaffInbox>());
        return services;
    }
}
