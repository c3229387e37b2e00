namespace Registry.Application.Deadlines;

/// <summary>
/// A case's deadline as stored data: its clock (acceptance, limit, pauses, extensions) and the instants the sweep
/// acts on. <see cref="DueAt"/>, <see cref="AmberFrom"/>, <see cref="EscalateAt"/> are recomputed whenever the clock changes.
/// </summary>
public sealed record CaseDeadlineRecord
{
    /// <summary>The case number (业务件号); unique.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>The business type code (e.g. <c>TransferSale</c>).</summary>
    public required string BusinessType { get; init; }

    /// <summary>The office whose calendar applies; null for the national calendar.</summary>
    public string? OfficeCode { get; init; }

    /// <summary>The staff user handling the case, if known; warnings go to them.</summary>
    public string? Assignee { get; init; }

    /// <summary>When the case was accepted (受理).</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>The time-limit class fixed at acceptance, e.g. <c>TL-5</c>.</summary>
    public required string TimeLimitCode { get; init; }

    /// <summary>Intervals that do not count.</summary>
    public IReadOnlyList<DeadlinePauseRecord> Pauses { get; init; } = [];

    /// <summary>Approved extensions.</summary>
    public IReadOnlyList<DeadlineExtensionRecord> Extensions { get; init; } = [];

    /// <summary>Close of business on the last day (moves with pauses and extensions; while paused: as if restarted at the last recompute).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>From when the case is amber.</summary>
    public required DateTimeOffset AmberFrom { get; init; }

    /// <summary>From when an overdue case is escalated to the office lead.</summary>
    public required DateTimeOffset EscalateAt { get; init; }

    /// <summary>The stage last recorded by the sweep (or lowered by a recompute).</summary>
    public DeadlineStage Stage { get; init; }

    /// <summary>When the sweep must look at the case next; null when nothing can change without an event (paused, escalated, closed).</summary>
    public DateTimeOffset? NextCheckAt { get; init; }

    /// <summary>When the case was finished; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>
    /// Whether the due date was computed on a provisional calendar year (no State Council notice loaded for a year it spans):
    /// it may move, and loses the mark, when that year's official calendar is loaded.
    /// </summary>
    public bool IsProvisional { get; init; }

    /// <summary>Concurrency token: incremented by every change.</summary>
    public long Version { get; init; }

    /// <summary>Whether the clock is stopped now (an open pause).</summary>
    public bool IsPaused => Pauses.Any(p => p.End is null);
}
