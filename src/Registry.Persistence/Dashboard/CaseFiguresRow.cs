namespace Registry.Persistence.Dashboard;

/// <summary>
/// One finished (办结) case as the dashboard counts it, written in the command that completed it (and by the backfill for
/// cases completed before the table existed). Days are office (China-time) day numbers (<see cref="DateOnly.DayNumber"/>).
/// </summary>
internal sealed class CaseFiguresRow
{
    public Guid CaseId { get; set; }

    public required string CaseNumber { get; set; }

    public required string BusinessType { get; set; }

    public required string Channel { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }

    public int AcceptedDay { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    public int CompletedDay { get; set; }

    /// <summary>The statutory due date of the case's clock; null when it had none.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public bool Clocked { get; set; }

    public bool OnTime { get; set; }

    public bool AutoApproved { get; set; }

    public bool Enterprise { get; set; }
}
