using Registry.Domain.Cases;

namespace Registry.Application.Review.Reporting;

/// <summary>
/// 登簿上报: every booking is reported (汇交) to the higher-level platform. The report is recorded as an event when the case
/// is booked — an outbox message to the reporting adapter — and its delivery is recorded by the outbox dispatcher; the
/// quality self-check reads both through <see cref="IBookingReportLog"/>.
/// </summary>
public interface IBookingReports
{
    /// <summary>Records the booking report of <paramref name="registrationCase"/>, booked at <paramref name="bookedAt"/>. Idempotent per case.</summary>
    Task RecordBookedAsync(RegistrationCase registrationCase, DateTimeOffset bookedAt, CancellationToken cancellationToken = default);
}
