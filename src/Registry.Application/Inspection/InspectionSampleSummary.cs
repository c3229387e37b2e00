namespace Registry.Application.Inspection;

/// <summary>One line of the samples list.</summary>
/// <param name="Id">Sample id.</param>
/// <param name="From">First completion day.</param>
/// <param name="To">Last completion day.</param>
/// <param name="BusinessType">Business type, or null for all.</param>
/// <param name="Rate">Share drawn.</param>
/// <param name="Seed">Random seed.</param>
/// <param name="Population">Finished cases matching when drawn.</param>
/// <param name="CaseCount">Cases drawn.</param>
/// <param name="Inspected">Cases with a verdict.</param>
/// <param name="Failed">Cases whose latest verdict is 不合格.</param>
/// <param name="DrawnByName">Inspector's display name.</param>
/// <param name="DrawnAt">When.</param>
public sealed record InspectionSampleSummary(
    Guid Id,
    DateOnly From,
    DateOnly To,
    string? BusinessType,
    decimal Rate,
    int Seed,
    int Population,
    int CaseCount,
    int Inspected,
    int Failed,
    string DrawnByName,
    DateTimeOffset DrawnAt);
