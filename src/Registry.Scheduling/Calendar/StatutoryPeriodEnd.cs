namespace Registry.Scheduling.Calendar;

/// <summary>The end of a calendar-day, month or year period (Civil Code 201–203).</summary>
/// <param name="NominalEnd">The last day by plain counting (start day not counted, month-end clamp).</param>
/// <param name="EffectiveEnd">
/// The last day after Civil Code 203: <see cref="NominalEnd"/> if it is a working day, otherwise the next working day.
/// When <see cref="IsProvisional"/>, computed on the provisional calendar (statutory holidays, no 调休).
/// </param>
/// <param name="IsProvisional">True when the official calendar for the end is not loaded yet, so the holiday extension is provisional.</param>
public sealed record StatutoryPeriodEnd(DateOnly NominalEnd, DateOnly EffectiveEnd, bool IsProvisional)
{
    /// <summary>Whether Civil Code 203 moved the end because the nominal end is a rest day.</summary>
    public bool IsExtended => EffectiveEnd != NominalEnd;
}
