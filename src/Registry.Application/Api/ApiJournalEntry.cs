namespace Registry.Application.Api;

/// <summary>One API action of a client (submission, status query, token refused…), kept for audit.</summary>
/// <param name="ClientId">The client (or the id it claimed, when unknown).</param>
/// <param name="Action">What it did, e.g. <c>submit</c>, <c>status</c>, <c>findings</c>, <c>replay</c>.</param>
/// <param name="CaseNumber">The case concerned, if any.</param>
/// <param name="Outcome">How it ended, e.g. <c>accepted</c>, <c>refused: parties</c>, <c>forbidden: scope</c>.</param>
/// <param name="At">When.</param>
/// <param name="RemoteAddress">The caller's network address, where known (kept for refused token requests).</param>
public sealed record ApiJournalEntry(string ClientId, string Action, string? CaseNumber, string Outcome, DateTimeOffset At, string? RemoteAddress = null);
