namespace Registry.Persistence.Workflows;

/// <summary>Which workflow definition a business type's new cases start on (seeded from the catalogue on first run, changed by business admins).</summary>
internal sealed class BusinessTypeWorkflowRow
{
    public required string BusinessType { get; set; }

    public required string DefinitionId { get; set; }

    public DateTimeOffset BoundAt { get; set; }

    public required string BoundBy { get; set; }
}
