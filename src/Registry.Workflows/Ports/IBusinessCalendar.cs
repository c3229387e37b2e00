namespace Registry.Workflows.Ports;

/// <summary>
/// The host's business calendar, for waits measured in working days (<c>afterWorkingDays</c>): a notice period of 30
/// working days ends on a date only the office calendar (holidays, adjusted working days) can tell.
/// </summary>
public interface IBusinessCalendar
{
    /// <summary>
    /// The instant at which <paramref name="workingDays"/> working days after <paramref name="start"/> have fully passed:
    /// the day of <paramref name="start"/> is not counted, and the period ends when the last working day ends.
    /// </summary>
    DateTimeOffset EndOfWorkingDays(DateTimeOffset start, int workingDays);
}
