namespace Registry.Persistence.Inspection;

/// <summary>A rectification (整改单) raised by a 不合格 verdict.</summary>
internal sealed class RectificationRow
{
    public Guid Id { get; set; }

    public Guid SampleId { get; set; }

    public required string CaseNumber { get; set; }

    public int VerdictRevision { get; set; }

    public required string Assignee { get; set; }

    /// <summary>Failing item names, comma-separated.</summary>
    public required string Items { get; set; }
}
