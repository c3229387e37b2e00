namespace Registry.Persistence.Workflows;

/// <summary>One version of a workflow definition as admins publish it; published rows are never changed.</summary>
internal sealed class WorkflowDefinitionRow
{
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    /// <summary>Draft or Published.</summary>
    public required string Status { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The definition JSON in the repository file format (<c>WorkflowDefinitionJson.Write</c>).</summary>
    public required string Document { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public string? SavedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}
