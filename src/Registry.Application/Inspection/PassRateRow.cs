namespace Registry.Application.Inspection;

/// <summary>Counts of one group of the pass-rate report (合格率).</summary>
/// <param name="Key">Period (yyyy-MM), business type code or examiner; "*" for the total.</param>
/// <param name="Inspected">Cases with a verdict.</param>
/// <param name="Passed">Of which 合格.</param>
public sealed record PassRateRow(string Key, int Inspected, int Passed)
{
    /// <summary>Of which 不合格.</summary>
    public int Failed => Inspected - Passed;

    /// <summary>Pass rate in percent, one decimal (rounded half away from zero); null when nothing was inspected.</summary>
    public decimal? PassRate => Inspected == 0 ? null : Math.Round(Passed * 100m / Inspected, 1, MidpointRounding.AwayFromZero);
}
