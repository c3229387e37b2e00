namespace Registry.Application.Expiries;

/// <summary>A register entry's own end date, stored as data so a sweep can act on it exactly once.</summary>
public sealed record RegisterExpiryRecord
{
    /// <summary>The id; the handler receives it and may use it to be idempotent.</summary>
    public required Guid Id { get; init; }

    /// <summary>What ends.</summary>
    public required RegisterExpiryKind Kind { get; init; }

    /// <summary>The unit (不动产单元号).</summary>
    public required string UnitCode { get; init; }

    /// <summary>The register entry or case that created the entry (e.g. the objection's case number); unique per kind while open.</summary>
    public required string EntryReference { get; init; }

    /// <summary>The day the period starts from (not counted): booking date, the day the main registration became possible, seizure start.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>The last day of the period after Civil Code 203 (moved past rest days).</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>True when <see cref="DueDate"/> lies in a year whose calendar is not loaded (no holiday extension applied yet).</summary>
    public bool IsProvisional { get; init; }

    /// <summary>When the entry lapses: 00:00 China time on the day after <see cref="DueDate"/>.</summary>
    public required DateTimeOffset LapseAt { get; init; }

    /// <summary>When to remind staff; null for no reminder or once sent.</summary>
    public DateTimeOffset? RemindAt { get; init; }

    /// <summary>The state.</summary>
    public RegisterExpiryStatus Status { get; init; }

    /// <summary>When a sweep claimed it (for reclaiming after a crash).</summary>
    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>What the handler did, or why it was cancelled.</summary>
    public string? Outcome { get; init; }

    /// <summary>When it was handled or cancelled.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>How many times a seizure was renewed.</summary>
    public int Renewals { get; init; }

    /// <summary>Concurrency token.</summary>
    public long Version { get; init; }
}
