namespace Registry.Application.Inspection;

/// <summary>
/// A sample (抽查) of finished cases: the criteria, the rate and the random seed it was drawn with, so drawing again
/// with the same seed over the same finished cases gives the same cases.
/// </summary>
/// <param name="Id">Sample id.</param>
/// <param name="From">First completion day (China time), inclusive.</param>
/// <param name="To">Last completion day (China time), inclusive.</param>
/// <param name="BusinessType">Business type drawn from, or null for all types.</param>
/// <param name="Rate">Share drawn, 0 &lt; rate ≤ 1.</param>
/// <param name="Seed">Random seed used.</param>
/// <param name="Population">Finished cases matching the criteria when drawn.</param>
/// <param name="DrawnBy">Inspector's user name.</param>
/// <param name="DrawnByName">Inspector's display name.</param>
/// <param name="DrawnAt">When.</param>
/// <param name="Cases">The cases drawn, in case-number order.</param>
public sealed record InspectionSample(
    Guid Id,
    DateOnly From,
    DateOnly To,
    string? BusinessType,
    decimal Rate,
    int Seed,
    int Population,
    string DrawnBy,
    string DrawnByName,
    DateTimeOffset DrawnAt,
    IReadOnlyList<SampledCase> Cases);
