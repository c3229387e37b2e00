namespace Registry.Application.Review;

/// <summary>The office's time zone for "today" in rules: China Standard Time (Asia/Shanghai, UTC+8, no daylight saving).</summary>
public static class OfficeTimeZone
{
    /// <summary>Asia/Shanghai from the system's time-zone data, or a fixed UTC+8 zone when the data is missing.</summary>
    public static TimeZoneInfo China { get; } = Load();

    private static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
