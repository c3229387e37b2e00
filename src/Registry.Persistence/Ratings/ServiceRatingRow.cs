namespace Registry.Persistence.Ratings;

/// <summary>An applicant's rating of a case (好差评); the unique case number lets one of two concurrent ratings in.</summary>
internal sealed class ServiceRatingRow
{
    public Guid Id { get; set; }

    public required string CaseNumber { get; set; }

    public required string BusinessType { get; set; }

    public required string CaseStatus { get; set; }

    public required string Examiner { get; set; }

    public required string Level { get; set; }

    /// <summary>Ticked reasons by name, comma-separated.</summary>
    public required string Reasons { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset RatedAt { get; set; }
}
