namespace Registry.Application.Review;

/// <summary>Counts working days for self-check time limits; the host adapts the scheduling calendar to it.</summary>
public interface IWorkingDayCounter
{
    /// <summary>Working days from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive); 0 when <paramref name="to"/> ≤ <paramref name="from"/>.</summary>
    int Count(DateOnly from, DateOnly to);

    /// <summary>True when <paramref name="day"/> is a working day.</summary>
    bool IsWorkingDay(DateOnly day);
}
