namespace Registry.Application.Review.Facts;

/// <summary>Everything a review rule sees for one case: the case, its unit's register snapshot, shared data and today's date.</summary>
public sealed record ReviewFacts
{
    /// <summary>The case.</summary>
    public required CaseFacts Case { get; init; }

    /// <summary>The unit's register snapshot (for a combined case, the state left by the previous steps).</summary>
    public required UnitSnapshot Unit { get; init; }

    /// <summary>Shared data.</summary>
    public SharedDataFacts Shared { get; init; } = new();

    /// <summary>Today's date, from the caller's TimeProvider in the office's time zone.</summary>
    public required DateOnly Today { get; init; }
}
