namespace Registry.Persistence.Scheduling;

/// <summary>An official calendar year loaded after deployment (the year file's JSON, as validated).</summary>
internal sealed class CalendarYearRow
{
    public int Year { get; set; }

    public required string Content { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }
}
