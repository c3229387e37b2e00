namespace Registry.Persistence.Ratings;

/// <summary>A 差评 follow-up (差评整改单); what happened to it is in its events.</summary>
internal sealed class RatingFollowUpRow
{
    public Guid Id { get; set; }

    public Guid RatingId { get; set; }

    public required string CaseNumber { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Set with the 销号 event (cleared on re-opening), so open follow-ups are found by an index.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
