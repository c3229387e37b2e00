namespace Registry.Application.Review;

/// <summary>"Today" for rule evaluation: always from a <see cref="TimeProvider"/>, in the office's time zone, never DateTime.Now.</summary>
public static class RuleDates
{
    /// <summary>The calendar date now in <paramref name="officeZone"/> (China Standard Time for a mainland office).</summary>
    public static DateOnly Today(TimeProvider time, TimeZoneInfo officeZone)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(officeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), officeZone).DateTime);
    }
}
