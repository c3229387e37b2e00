namespace Registry.Persistence.Api;

/// <summary>A case filed through the API; (ClientId, IdempotencyKey) is unique.</summary>
internal sealed class ApiSubmissionRow
{
    public required string CaseNumber { get; set; }

    public required string ClientId { get; set; }

    public string? IdempotencyKey { get; set; }

    public required string RequestHash { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}
