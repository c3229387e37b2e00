namespace Registry.Application.Review.Facts;

/// <summary>A seizure entry on the unit (查封/轮候查封/预查封).</summary>
public sealed record SeizureFacts
{
    /// <summary>Seizure, waiting seizure or pre-seizure.</summary>
    public required SeizureKind Kind { get; init; }

    /// <summary>Seizing authority.</summary>
    public required string Authority { get; init; }

    /// <summary>Ruling or notice number (文号).</summary>
    public required string RulingNo { get; init; }

    /// <summary>When the assistance notice was delivered (to the minute).</summary>
    public required DateTimeOffset DeliveredAt { get; init; }

    /// <summary>Queue position for a waiting seizure; 0 for the effective one.</summary>
    public int QueuePosition { get; init; }

    /// <summary>Start of the term.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>End of the term; null when open-ended.</summary>
    public DateOnly? End { get; init; }

    /// <summary>
    /// True when the entry restricts the unit on <paramref name="today"/>: a seizure or pre-seizure, started and not past its
    /// end. A waiting seizure never counts; a released (解封) one has left the register's current state, so it is not here.
    /// </summary>
    public bool IsEffectiveOn(DateOnly today) =>
        Kind != SeizureKind.Waiting && Start <= today && (End is null || End.Value >= today);

    /// <summary>True when the term is longer than <paramref name="years"/> years (SEI-06 / QC-Y-03: 3).</summary>
    public bool LongerThanYears(int years) => End is { } e && e > Start.AddYears(years);
}
