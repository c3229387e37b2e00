namespace Registry.Persistence.Progress;

/// <summary>A case's query code (查询码), hashed: salt and PBKDF2 hash, never the code.</summary>
internal sealed class CaseQueryCodeRow
{
    public required string CaseNumber { get; set; }

    public required string Salt { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
