namespace Registry.Application.Inspection;

/// <summary>The pass-rate report (合格率) over cases completed in a period, by the latest verdict of each sampled case.</summary>
/// <param name="From">First completion day.</param>
/// <param name="To">Last completion day.</param>
/// <param name="Total">All inspected cases.</param>
/// <param name="ByPeriod">Per month of completion (yyyy-MM), in order.</param>
/// <param name="ByBusinessType">Per business type code, most inspected first.</param>
/// <param name="ByExaminer">Per responsible examiner, most inspected first.</param>
public sealed record PassRateReport(
    DateOnly From,
    DateOnly To,
    PassRateRow Total,
    IReadOnlyList<PassRateRow> ByPeriod,
    IReadOnlyList<PassRateRow> ByBusinessType,
    IReadOnlyList<PassRateRow> ByExaminer);
