namespace Registry.Application.Deadlines;

/// <summary>What loading a calendar year did.</summary>
/// <param name="Year">The year loaded.</param>
/// <param name="Recomputed">Open deadlines recomputed on the new calendar.</param>
/// <param name="Changed">Of those, how many got another due date or lost (or kept) the provisional mark differently.</param>
/// <param name="StillProvisional">Open deadlines still provisional afterwards (they reach a year that is still not loaded).</param>
public sealed record CalendarLoadResult(int Year, int Recomputed, int Changed, int StillProvisional);
