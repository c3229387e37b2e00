namespace Registry.Application.Api;

/// <summary>A case filed through the API: which client filed it, under which idempotency key, with which request.</summary>
/// <param name="CaseNumber">The case.</param>
/// <param name="ClientId">The client that filed it.</param>
/// <param name="IdempotencyKey">The client's <c>Idempotency-Key</c>, if it sent one.</param>
/// <param name="RequestHash">SHA-256 of the submitted application, so a key reused for another application is refused.</param>
/// <param name="SubmittedAt">When.</param>
public sealed record ApiSubmissionRecord(string CaseNumber, string ClientId, string? IdempotencyKey, string RequestHash, DateTimeOffset SubmittedAt);
