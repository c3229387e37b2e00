namespace Registry.Application.Inspection;

/// <summary>What the draw-a-sample form submits.</summary>
/// <param name="From">First completion day (China time), inclusive.</param>
/// <param name="To">Last completion day, inclusive.</param>
/// <param name="BusinessType">Only this business type; null or blank for all.</param>
/// <param name="Rate">Share to draw; null for <see cref="InspectionOptions.SampleRate"/>.</param>
/// <param name="Seed">Random seed; null for a fresh one (recorded with the sample either way).</param>
/// <param name="Strata">Stratification; each stratum gets its proportional share of the sample size, at least <paramref name="MinimumPerStratum"/>.</param>
/// <param name="MinimumPerStratum">Cases drawn at least from each stratum (all of a smaller stratum).</param>
/// <param name="AllowOverlap">Draw cases already drawn into another sample too; by default they are left out.</param>
public sealed record SampleRequest(DateOnly From, DateOnly To, string? BusinessType = null, decimal? Rate = null, int? Seed = null,
    SampleStrata Strata = SampleStrata.None, int MinimumPerStratum = 1, bool AllowOverlap = false);
