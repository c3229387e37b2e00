namespace Registry.Application.Review.Reporting;

/// <summary>Reads the booking-report events (上报) of a case: when the report was recorded and when the platform adapter took it.</summary>
public interface IBookingReportLog
{
    /// <summary>The report of <paramref name="caseNumber"/>, or null when the booking was never reported.</summary>
    Task<BookingReportEvent?> FindAsync(string caseNumber, CancellationToken cancellationToken = default);
}
