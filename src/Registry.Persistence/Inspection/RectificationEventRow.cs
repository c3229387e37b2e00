namespace Registry.Persistence.Inspection;

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
