namespace Registry.Persistence.Ratings;

/// <summary>One appended event of a follow-up; the key (follow-up, sequence) lets one of two concurrent events in.</summary>
internal sealed class RatingFollowUpEventRow
{
    public Guid FollowUpId { get; set; }

    public int Sequence { get; set; }

    public required string Kind { get; set; }

    public required string Actor { get; set; }

    public required string ActorName { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Text { get; set; }

    public string? Reply { get; set; }
}
