namespace Registry.Rules.Functions;

/// <summary>Statutory maximum terms of granted land by use (城镇国有土地使用权出让和转让暂行条例 art. 12), for QC-Y-01.</summary>
public static class LandTerms
{
    /// <summary>Maximum years for a use: Residential 70; Industrial 50; Education/Science/Culture/Health/Sport 50; Commercial/Tourism/Entertainment 40; other 50.</summary>
    public static int MaxYears(string? use) => use switch
    {
        "Residential" => 70,
        "Commercial" or "Tourism" or "Entertainment" => 40,
        _ => 50,
    };

    /// <summary>True when start is before end and the term is within the statutory maximum for the use.</summary>
    public static bool Plausible(string? use, DateOnly start, DateOnly end) => start < end && end <= start.AddYears(MaxYears(use));
}
