namespace Registry.Scheduling.Calendar;

/// <summary>
/// China Standard Time (Asia/Shanghai): a fixed UTC+8 with no daylight saving since 1991.
/// Deadlines are always computed on China dates, never on UTC dates.
/// </summary>
public static class ChinaTime
{
    /// <summary>The offset of China Standard Time from UTC: +08:00.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The China calendar date on which <paramref name="instant"/> falls.</summary>
    /// <param name="instant">Any instant; its own offset is irrelevant.</param>
    /// <returns>The date in China time.</returns>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant of a China wall-clock time on a China date.</summary>
    /// <param name="date">The China date.</param>
    /// <param name="time">The China wall-clock time.</param>
    /// <returns>The instant, with offset +08:00.</returns>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>Midnight (00:00 China time) at the start of <paramref name="date"/>.</summary>
    /// <param name="date">The China date.</param>
    /// <returns>The instant, with offset +08:00.</returns>
    public static DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);
}
