namespace Registry.Application.Progress;

/// <summary>A case's query code as stored: salt and PBKDF2 hash, both hex.</summary>
/// <param name="CaseNumber">The case.</param>
/// <param name="Salt">Random salt (hex).</param>
/// <param name="Hash">PBKDF2-SHA256 of the code (hex).</param>
/// <param name="CreatedAt">When it was issued.</param>
public sealed record StoredQueryCode(string CaseNumber, string Salt, string Hash, DateTimeOffset CreatedAt);
