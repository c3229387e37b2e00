namespace Registry.Application.Review.Facts;

/// <summary>The right as booked by a finished case (登簿结果), for self-check.</summary>
public sealed record BookedRightFacts
{
    /// <summary>Unit code.</summary>
    public required string UnitCode { get; init; }

    /// <summary>Location (坐落).</summary>
    public string? Location { get; init; }

    /// <summary>Area in m².</summary>
    public decimal Area { get; init; }

    /// <summary>Area in the survey report.</summary>
    public decimal? SurveyArea { get; init; }

    /// <summary>Shared (分摊) area.</summary>
    public decimal? SharedArea { get; init; }

    /// <summary>Exclusive (套内) area.</summary>
    public decimal? ExclusiveArea { get; init; }

    /// <summary>Use code.</summary>
    public string? Use { get; init; }

    /// <summary>Right type.</summary>
    public string? RightType { get; init; }

    /// <summary>Right nature or source: Granted, Allocated, …</summary>
    public string? RightNature { get; init; }

    /// <summary>Co-ownership type.</summary>
    public CoOwnershipType CoOwnershipType { get; init; } = CoOwnershipType.Sole;

    /// <summary>Holders as booked.</summary>
    public IReadOnlyList<HolderFacts> Holders { get; init; } = [];

    /// <summary>Land term start.</summary>
    public DateOnly? LandTermStart { get; init; }

    /// <summary>Land term end.</summary>
    public DateOnly? LandTermEnd { get; init; }

    /// <summary>End of a dependent term (house right, mortgage debt, residence right) booked on the land.</summary>
    public DateOnly? DependentTermEnd { get; init; }
}
