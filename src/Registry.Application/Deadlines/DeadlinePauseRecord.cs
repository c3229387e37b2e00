namespace Registry.Application.Deadlines;

/// <summary>A stored interval that does not count towards the limit.</summary>
/// <param name="Start">When the clock stopped.</param>
/// <param name="End">When it restarted; null while still stopped.</param>
/// <param name="Reason">Why.</param>
/// <param name="Document">The document that started the pause (notice number, court order…), if any.</param>
public sealed record DeadlinePauseRecord(DateTimeOffset Start, DateTimeOffset? End, ClockStopReason Reason, string? Document);
