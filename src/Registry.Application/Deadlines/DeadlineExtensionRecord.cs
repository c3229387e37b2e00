namespace Registry.Application.Deadlines;

/// <summary>A stored, approved extension (延期).</summary>
/// <param name="WorkingDays">Working days added.</param>
/// <param name="Reason">Why.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="ApprovedAt">When.</param>
public sealed record DeadlineExtensionRecord(int WorkingDays, string Reason, string ApprovedBy, DateTimeOffset ApprovedAt);
