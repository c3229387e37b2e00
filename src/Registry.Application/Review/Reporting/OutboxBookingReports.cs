using System.Globalization;
using Registry.Application.Notifications;
using Registry.Domain.Cases;

namespace Registry.Application.Review.Reporting;

/// <summary>Records a booking report as an outbox message on the <see cref="NotificationChannel.Platform"/> channel, one per case (dedupe key).</summary>
internal sealed class OutboxBookingReports(INotificationOutbox outbox) : IBookingReports
{
    /// <summary>The recipient of every booking report: the provincial data-exchange platform (省级汇交平台).</summary>
    public const string PlatformRecipient = "platform:province";

    public async Task RecordBookedAsync(RegistrationCase registrationCase, DateTimeOffset bookedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var number = registrationCase.Number.Value;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["caseNumber"] = number,
            ["businessType"] = registrationCase.BusinessType,
            ["units"] = string.Join(",", registrationCase.Units.Select(u => u.Value)),
            ["bookedAt"] = bookedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["certificateNo"] = registrationCase.IssuedCertificateNo ?? "-",
        };
        var message = OutboxMessage.Create(NotificationChannel.Platform, PlatformRecipient, NotificationTemplates.BookingReport, parameters, "booking-report:" + number)
            with { CaseNumber = number };
        await outbox.EnqueueAsync(message, cancellationToken);
    }
}
