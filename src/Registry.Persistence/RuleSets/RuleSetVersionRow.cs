namespace Registry.Persistence.RuleSets;

/// <summary>One published version of a rule set; rows are appended, never changed.</summary>
internal sealed class RuleSetVersionRow
{
    public required string Name { get; set; }

    public int Version { get; set; }

    /// <summary>review or selfcheck.</summary>
    public required string Kind { get; set; }

    /// <summary>The rule-set JSON in the repository file format.</summary>
    public required string Document { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }

    public int? BasedOn { get; set; }

    public string? Note { get; set; }
}
