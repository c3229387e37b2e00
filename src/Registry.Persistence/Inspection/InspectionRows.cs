namespace Registry.Persistence.Inspection;

/// <summary>A sample (抽查样本): criteria, rate and seed.</summary>
internal sealed class InspectionSampleRow
{
    public Guid Id { get; set; }

    public DateOnly FromDay { get; set; }

    public DateOnly ToDay { get; set; }

    public string? BusinessType { get; set; }

    public decimal Rate { get; set; }

    public int Seed { get; set; }

    public int Population { get; set; }

    public required string DrawnBy { get; set; }

    public required string DrawnByName { get; set; }

    public DateTimeOffset DrawnAt { get; set; }
}

/// <summary>A case drawn into a sample; the key (sample, case) keeps a case to once per sample.</summary>
internal sealed class InspectionSampleCaseRow
{
    public Guid SampleId { get; set; }

    public required string CaseNumber { get; set; }

    public required string BusinessType { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public required string ResponsibleExaminer { get; set; }
}

/// <summary>One verdict revision; the key (sample, case, revision) lets exactly one of two concurrent recordings in.</summary>
internal sealed class InspectionVerdictRow
{
    public Guid SampleId { get; set; }

    public required string CaseNumber { get; set; }

    public int Revision { get; set; }

    public required string Verdict { get; set; }

    public required string ItemsJson { get; set; }

    public string? Remark { get; set; }

    public required string Inspector { get; set; }

    public required string InspectorName { get; set; }

    public DateTimeOffset At { get; set; }
}

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

/// <summary>One appended event of a rectification; the key (rectification, sequence) lets one of two concurrent events in.</summary>
internal sealed class RectificationEventRow
{
    public Guid RectificationId { get; set; }

    public int Sequence { get; set; }

    public required string Kind { get; set; }

    public required string Actor { get; set; }

    public required string ActorName { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Text { get; set; }
}
