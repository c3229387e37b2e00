namespace Registry.Scheduling.Calendar;

/// <summary>One extra rest day or extra working day of an office.</summary>
public sealed class OfficeDayOptions
{
    /// <summary>The date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>What the day is, e.g. a local ethnic holiday (民族节日); shown in the calendar.</summary>
    public string? Name { get; set; }
}
