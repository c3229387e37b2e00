namespace Registry.Application.CaseFlow;

/// <summary>Dates as the office sees them: registration offices work on Beijing time (UTC+8, no daylight saving).</summary>
public static class OfficeTime
{
    /// <summary>Beijing time's offset.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The office's calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
