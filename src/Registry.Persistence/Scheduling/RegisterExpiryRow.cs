using Registry.Application.Expiries;

namespace Registry.Persistence.Scheduling;

/// <summary>The own end date of a register entry (objection, pre-notice, seizure).</summary>
internal sealed class RegisterExpiryRow
{
    public Guid Id { get; set; }

    public RegisterExpiryKind Kind { get; set; }

    public required string UnitCode { get; set; }

    public required string EntryReference { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly DueDate { get; set; }

    public bool IsProvisional { get; set; }

    public DateTimeOffset LapseAt { get; set; }

    public DateTimeOffset? RemindAt { get; set; }

    public RegisterExpiryStatus Status { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? Outcome { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int Renewals { get; set; }

    public long Version { get; set; }
}
