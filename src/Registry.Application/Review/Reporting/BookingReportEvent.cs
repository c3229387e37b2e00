namespace Registry.Application.Review.Reporting;

/// <summary>A booking report (上报) of one case as recorded in the outbox.</summary>
/// <param name="CaseNumber">The case booked.</param>
/// <param name="ReportedAt">When the report was recorded (enqueued at booking).</param>
/// <param name="DeliveredAt">When the reporting adapter accepted it (the platform's acknowledgement); null while pending or failed.</param>
public sealed record BookingReportEvent(string CaseNumber, DateTimeOffset ReportedAt, DateTimeOffset? DeliveredAt);
