namespace Registry.Application.Documents;

/// <summary>受理回执: what was received, when the case is due, and the query code for the progress page.</summary>
/// <param name="Header">The case.</param>
/// <param name="Materials">Materials received, as printed (name and pages).</param>
/// <param name="DueAt">The statutory deadline, or null when the case has none.</param>
/// <param name="QueryCode">The query code as printed (two groups of four); the clear code exists only here and on the screen.</param>
/// <param name="ProgressUrl">Where the applicant looks the case up.</param>
public sealed record AcceptanceReceipt(DocumentHeader Header, IReadOnlyList<string> Materials, DateTimeOffset? DueAt, string QueryCode, string ProgressUrl);
