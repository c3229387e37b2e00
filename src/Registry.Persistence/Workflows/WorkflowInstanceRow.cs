namespace Registry.Persistence.Workflows;

/// <summary>One workflow instance: key columns for queries, the full state as a JSON document, and the concurrency version.</summary>
internal sealed class WorkflowInstanceRow
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public string? CorrelationId { get; set; }

    public required string Status { get; set; }

    /// <summary>The serialized <c>WorkflowInstance</c> (System.Text.Json).</summary>
    public required string State { get; set; }

    /// <summary>Optimistic-concurrency token: the instance's version, incremented by every committed step.</summary>
    public long Version { get; set; }

    /// <summary>The sequence of the last journal row written, so a truncated journal is detectable.</summary>
    public long JournalSequence { get; set; }

    /// <summary>
    /// The hash of the last journal row written (empty before the first), kept on the row so a commit continues the chain
    /// without reading the journal, and so a verifier can detect a rewritten tail.
    /// </summary>
    public string JournalHead { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
