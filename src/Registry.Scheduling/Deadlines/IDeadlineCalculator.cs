namespace Registry.Scheduling.Deadlines;

/// <summary>
/// Computes due instants and states from a <see cref="CaseClock"/>, the office's working-day calendar and an instant.
/// Pure: nothing is stored; schedule work from <see cref="NextStateChange"/>.
/// </summary>
public interface IDeadlineCalculator
{
    /// <summary>The deadline and state at <paramref name="at"/>. Pauses starting and extensions approved after <paramref name="at"/> are ignored.</summary>
    /// <param name="clock">The case clock.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The status.</returns>
    /// <exception cref="Calendar.CalendarYearNotLoadedException">A date needed lies in a year that is not loaded.</exception>
    DeadlineStatus Evaluate(CaseClock clock, DateTimeOffset at);

    /// <summary>The deadline and state now, by the injected <see cref="TimeProvider"/>.</summary>
    /// <param name="clock">The case clock.</param>
    /// <returns>The status.</returns>
    DeadlineStatus EvaluateNow(CaseClock clock);

    /// <summary>
    /// The first instant after <paramref name="after"/> at which the state changes (to amber, due today or overdue)
    /// if nothing else happens to the case; null when overdue or paused (the state then changes only on an event).
    /// </summary>
    /// <param name="clock">The case clock.</param>
    /// <param name="after">The instant to look from.</param>
    /// <returns>The instant, China time, or null.</returns>
    DateTimeOffset? NextStateChange(CaseClock clock, DateTimeOffset after);
}
