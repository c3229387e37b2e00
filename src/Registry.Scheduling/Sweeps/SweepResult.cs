namespace Registry.Scheduling.Sweeps;

/// <summary>What one sweep run did.</summary>
/// <param name="Examined">Rows read.</param>
/// <param name="Changed">Rows this run moved (stage, reminder, lapse).</param>
/// <param name="LostRaces">Rows another node changed first (left to it).</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record SweepResult(int Examined, int Changed, int LostRaces, TimeSpan Elapsed);
