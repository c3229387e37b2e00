using Registry.Application.Deadlines;

namespace Registry.Persistence.Scheduling;

/// <summary>A case's deadline: its clock (pauses and extensions as JSON, read only with the row) and the instants the sweep acts on.</summary>
internal sealed class CaseDeadlineRow
{
    public required string CaseNumber { get; set; }

    public required string BusinessType { get; set; }

    public string? OfficeCode { get; set; }

    public string? Assignee { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }

    public required string TimeLimitCode { get; set; }

    public required string PausesJson { get; set; }

    public required string ExtensionsJson { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset AmberFrom { get; set; }

    public DateTimeOffset EscalateAt { get; set; }

    public DeadlineStage Stage { get; set; }

    /// <summary>Indexed: the sweep reads rows with <c>NextCheckAt &lt;= now</c>.</summary>
    public DateTimeOffset? NextCheckAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The due date was counted on a provisional calendar year; recomputed when that year's notice is loaded.</summary>
    public bool IsProvisional { get; set; }

    /// <summary>Concurrency token; every change increments it.</summary>
    public long Version { get; set; }
}
