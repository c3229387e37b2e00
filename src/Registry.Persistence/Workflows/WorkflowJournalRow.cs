namespace Registry.Persistence.Workflows;

/// <summary>One append-only journal line, hash-chained per instance: <see cref="Hash"/> = SHA-256(previous hash + canonical content).</summary>
internal sealed class WorkflowJournalRow
{
    public Guid InstanceId { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Action { get; set; }

    public string? NodeId { get; set; }

    public string? NodeName { get; set; }

    public required string Actor { get; set; }

    public string? Outcome { get; set; }

    public string? Opinion { get; set; }

    /// <summary>Inputs as a JSON object with keys in ordinal order.</summary>
    public required string Inputs { get; set; }

    public string? RuleResultReference { get; set; }

    /// <summary>Lower-case hex SHA-256 of the previous row's hash and this row's canonical content.</summary>
    public required string Hash { get; set; }
}
